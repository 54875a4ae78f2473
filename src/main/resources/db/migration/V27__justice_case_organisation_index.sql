-- Whether an organisation registered a criminal case in a period is one index probe (statistics'
-- count of the organisations that reported), not a scan of every case.
create index criminal_case_organisation_idx on criminal_case (organisation_id, registered_on);
