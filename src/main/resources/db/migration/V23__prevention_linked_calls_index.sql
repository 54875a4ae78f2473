-- The calls that started a screening, by time and with their channel: statistics counts those of
-- a period from the index alone, without reading the millions of other calls.
drop index hotline_call_case_idx;
create index hotline_call_linked_idx on hotline_call (received_at, victim_case_id) include (channel)
    where victim_case_id is not null;
