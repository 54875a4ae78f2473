-- Criminal-code articles become editable by the administrator: a version for "changed meanwhile",
-- and every version of an article kept as it was entered, by whom and when. The seeded articles
-- get their first version as seeded.
alter table criminal_article add column version integer not null default 0;

create table criminal_article_revision (
    id             uuid primary key,
    article_id     uuid         not null references criminal_article (id),
    version        integer      not null,
    revised_at     timestamptz  not null,
    revised_by     varchar(100) not null,
    code           varchar(40)  not null,
    title_en       varchar(200) not null,
    title_ru       varchar(200) not null,
    title_ky       varchar(200) not null,
    article_class  varchar(20)  not null,
    min_months     integer,
    max_months     integer,
    effective_from date,
    effective_to   date,
    unique (article_id, version)
);

insert into criminal_article_revision (id, article_id, version, revised_at, revised_by, code, title_en,
    title_ru, title_ky, article_class, min_months, max_months, effective_from, effective_to)
select gen_random_uuid(), id, 0, now(), 'system', code, title_en, title_ru, title_ky, article_class,
       min_months, max_months, effective_from, effective_to
from criminal_article;
