-- Whether a body inspected anything in a period is one index probe (statistics' count of the
-- organisations that reported), not a scan of every inspection.
create index labour_inspection_body_idx on labour_inspection (inspecting_body, inspected_on);
