-- Justice, for UNODC's offender rows and the detentions figure:
--  * a criminal case may involve several forms of exploitation (comma-separated codes, as the
--    victims module records them);
--  * a defendant has a date or at least a year of birth, so offenders can be counted by age;
--  * an enforcement operation says whether trafficking was among its offences: YES, NO or
--    UNKNOWN (the chapter's saunas: "63 crimes, trafficking unknown");
--  * persons detained, arrested or deported in an operation, with whether they were screened.
drop view facts_criminal_case;
drop view facts_defendant;
drop view facts_operation;

alter table criminal_case rename column exploitation_type to exploitation_types;
alter table criminal_case alter column exploitation_types type varchar(400);

alter table defendant add column birth_date date;
alter table defendant add column birth_year smallint;
alter table defendant add constraint defendant_birth_year_range
    check (birth_year is null or birth_year between 1900 and 2100);
alter table defendant add constraint defendant_birth_year_matches
    check (birth_date is null or birth_year = extract(year from birth_date));

alter table enforcement_operation add column trafficking_among_offences varchar(10);
update enforcement_operation
   set trafficking_among_offences = case when trafficking_found then 'YES' else 'NO' end;
alter table enforcement_operation alter column trafficking_among_offences set not null;
alter table enforcement_operation add constraint enforcement_operation_trafficking_answer
    check (trafficking_among_offences in ('YES', 'NO', 'UNKNOWN'));
alter table enforcement_operation drop column trafficking_found;

create table operation_detention (
    id                  uuid primary key,
    operation_id        uuid        not null references enforcement_operation (id),
    occurred_on         date        not null,
    measure             varchar(20) not null,
    persons             integer     not null,
    citizenship         varchar(2),
    screened            boolean     not null,
    referred_as_victims integer     not null default 0,
    note                varchar(1000),
    organisation_id     uuid        not null references organisation (id),
    recorded_by         varchar(64) not null,
    recorded_at         timestamptz not null,
    constraint operation_detention_measure check (measure in ('DETENTION', 'ARREST', 'DEPORTATION')),
    constraint operation_detention_persons check (persons between 1 and 100000),
    constraint operation_detention_referred
        check (referred_as_victims between 0 and persons and (screened or referred_as_victims = 0))
);
create index operation_detention_operation_idx on operation_detention (operation_id);
create index operation_detention_day_idx on operation_detention (occurred_on);

create view facts_criminal_case as
select c.id as case_id, c.registered_on, c.organisation_id, c.origin, c.exploitation_types,
       a.code as initial_article, a.article_class as initial_class,
       c.not_international_definition, c.operation_id
from criminal_case c join criminal_article a on a.id = c.initial_article_id;

-- Defendants with sex, birth date or year, citizenship and official status; never their names.
create view facts_defendant as
select d.id as defendant_id, d.criminal_case_id as case_id, d.sex, d.citizenship,
       d.public_official, d.birth_date, d.birth_year
from defendant d;

create view facts_operation as
select o.id, o.started_on, o.offences_uncovered, o.trafficking_among_offences, o.organisation_id
from enforcement_operation o;

create view facts_operation_detention as
select d.id, d.operation_id, d.occurred_on, d.measure, d.persons, d.citizenship, d.screened,
       d.referred_as_victims, o.organisation_id
from operation_detention d join enforcement_operation o on o.id = d.operation_id;
