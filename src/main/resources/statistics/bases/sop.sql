-- PER PERIOD. The "sop" base of the report, run once per period with :f/:t its bounds
-- and $b its number (0 the report period, 1 and 2 the two before it).
select $b as b, s.organisation_id, s.stage, o.type
from (select distinct on (organisation_id) organisation_id, stage
from facts_sop
where reached_on <= :t
order by organisation_id, reached_on desc) s
join facts_organisation o on o.id = s.organisation_id
