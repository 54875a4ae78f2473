-- Whether an organisation screened anyone in a period is one index probe (statistics' count of
-- the organisations that reported), not a scan of every screening.
create index victim_screening_organisation_idx on victim_screening (organisation_id, screened_on);
