-- PER PERIOD. The "agencies" base of the report, run once per period with :f/:t its bounds
-- and $b its number (0 the report period, 1 and 2 the two before it).
select $b as b, a.id
from facts_agency a
where a.valid_from <= :t and a.valid_to >= :t and a.status = 'VALID'
