-- The criminal case is written as one aggregate with its defendants and events (Spring Data JDBC
-- rewrites the parts of a case when it saves it). An event's defendant is therefore checked at
-- commit, when both are written again, not row by row; and the forms of exploitation are an
-- array, shown to statistics in the same comma-joined shape as before.
alter table case_event drop constraint case_event_defendant_id_fkey;
alter table case_event add constraint case_event_defendant_id_fkey
    foreign key (defendant_id) references defendant (id) deferrable initially deferred;

drop view facts_criminal_case;
alter table criminal_case
    alter column exploitation_types type text[]
        using string_to_array(nullif(exploitation_types, ''), ',');
alter table criminal_case
    add constraint criminal_case_exploitation_types check (cardinality(exploitation_types) <= 20);

create view facts_criminal_case as
select c.id as case_id, c.registered_on, c.organisation_id, c.origin,
       nullif(array_to_string(c.exploitation_types, ','), '') as exploitation_types,
       a.code as initial_article, a.article_class as initial_class,
       c.not_international_definition, c.operation_id
from criminal_case c join criminal_article a on a.id = c.initial_article_id;
