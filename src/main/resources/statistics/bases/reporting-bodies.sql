-- PER PERIOD. The "reporting-bodies" base of the report, run once per period with :f/:t its bounds
-- and $b its number (0 the report period, 1 and 2 the two before it).
-- Whether an organisation recorded anything in a register between :f and :t: ordering by the day
-- makes the (organisation, day) index the cheap plan; with the dates known, the planner would
-- otherwise expect an early hit from a sequential scan and read the whole table for every
-- organisation without records.
select $b as b, o.id as organisation_id, o.type
from facts_organisation o
where coalesce((select true
from facts_victim_case x
where x.organisation_id = o.id and x.registered_on between :f and :t
order by x.registered_on limit 1), (select true
from facts_victim_screening x
where x.organisation_id = o.id and x.screened_on between :f and :t
order by x.screened_on limit 1), (select true
from facts_referral x
where x.from_organisation = o.id and x.sent_on between :f and :t
order by x.sent_on limit 1), (select true
from facts_service x
where x.provider_id = o.id and x.started_on between :f and :t
order by x.started_on limit 1), (select true
from facts_criminal_case x
where x.organisation_id = o.id and x.registered_on between :f and :t
order by x.registered_on limit 1), (select true
from facts_inspection x
where x.inspecting_body = o.id and x.inspected_on between :f and :t
order by x.inspected_on limit 1), (select true
from facts_hotline_day x
where x.organisation_id = o.id and x.day between :f and :t
order by x.day limit 1), false)
