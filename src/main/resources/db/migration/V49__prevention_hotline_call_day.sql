-- The day a call came in, stored as a date: the day of koldoo.time-zone the operator entered it
-- on, written by the application, so that no query has to name a zone (calls so far were all
-- entered in Asia/Bishkek, the only zone before it could be set).
alter table hotline_call add column received_on date;
update hotline_call set received_on = (received_at at time zone 'Asia/Bishkek')::date;
alter table hotline_call alter column received_on set not null;

create or replace view facts_hotline_call as
select h.id, h.organisation_id, h.received_at, h.received_on,
       h.channel, h.caller_type, h.topics, h.trafficking_related, h.outcome, h.victim_case_id
from hotline_call h;

-- the calls that started a screening, by day and with their channel (statistics reads the index)
drop index hotline_call_linked_idx;
create index hotline_call_linked_idx on hotline_call (received_on, victim_case_id) include (channel)
    where victim_case_id is not null;
