-- The "identified" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select x.*,
  case when x.government then 'GOVERNMENT' when r.with_government <= {{period_end}} then 'NGO_WITH_GOVERNMENT' else 'NGO_OR_IO' end as body,
  coalesce(s.first_service <= {{period_end}} , false) as assisted,
  coalesce(r.first_legal <= {{period_end}} , false) as legal_referral,
  x.child and (x.child_procedure or coalesce(r.first_child_procedure <= {{period_end}} ,
  false)) as child_sensitive
from (select {{bucket(f.decided_on)}} as b, f.person_id, v.sex, {{age_group_of_v}} as age_group,
  v.child, v.child_procedure, nullif(v.citizenship, '') as citizenship, v.region,
  f.exploitation_types, f.countries_of_exploitation, f.sectors, f.recruitment_channel, o.government
from ( {{first_identifications}} ) f
join facts_victim_case v on v.case_id = f.case_id
join facts_organisation o on o.id = f.deciding_organisation_id
where f.decided_on between :lo and :hi) x
left join (select p.person_id,
  min(r.sent_on) filter (where og.government or ot.government) as with_government,
  min(r.sent_on) filter (where r.service_type = 'LEGAL_AID') as first_legal,
  min(r.sent_on) filter (where r.child_procedure) as first_child_procedure
from facts_referral r
join person p on p.case_id = r.case_id
join facts_organisation og on og.id = r.from_organisation
join facts_organisation ot on ot.id = r.to_organisation
where r.sent_on <= :hi
group by p.person_id) r on r.person_id = x.person_id
left join (select p.person_id, min(s.started_on) as first_service
from facts_service s
join person p on p.case_id = s.case_id
where s.started_on <= :hi
group by p.person_id) s on s.person_id = x.person_id
