-- The Criminal Code articles cases are charged under. Trafficking articles and their penalties
-- are those the 2022 country chapter cites (the 2021 Criminal Code); the lesser offences
-- commonly used instead are listed by name for the PGO's administrator to complete with their
-- article numbers and penalties. Months are of imprisonment.
create table criminal_article (
    id             uuid primary key,
    code           varchar(40)  not null unique,
    title_en       varchar(200) not null,
    title_ru       varchar(200) not null,
    title_ky       varchar(200) not null,
    article_class  varchar(20)  not null,
    min_months     integer,
    max_months     integer,
    effective_from date,
    effective_to   date,
    constraint criminal_article_range check (min_months is null or max_months is null or min_months <= max_months),
    constraint criminal_article_period check (effective_to is null or effective_from is null or effective_from <= effective_to)
);

insert into criminal_article (id, code, title_en, title_ru, title_ky, article_class, min_months, max_months, effective_from) values
('10000000-0000-0000-0000-000000000166', '166', 'Trafficking in persons', 'Торговля людьми', 'Адам сатуу', 'TRAFFICKING', 36, 60, null),
-- added during the 2021-22 reporting period; the day it took effect is to be confirmed by the PGO
('10000000-0000-0000-0000-000000000167', '167', 'Trafficking in children', 'Торговля детьми', 'Балдарды сатуу', 'TRAFFICKING', 60, 96, '2021-12-01'),
('10000000-0000-0000-0000-000000000170', '170', 'Use of forced labour (labour trafficking)', 'Использование принудительного труда (трудовая эксплуатация)', 'Мажбурлап иштетүү (эмгек эксплуатациясы)', 'TRAFFICKING', 36, 60, null),
('10000000-0000-0000-0000-000000000159', '159', 'Engaging in prostitution by force or fraud', 'Вовлечение в проституцию с применением насилия или обмана', 'Күч колдонуп же алдап сойкулукка тартуу', 'TRAFFICKING', null, 120, null),
('20000000-0000-0000-0000-000000000001', 'KIDNAPPING', 'Kidnapping', 'Похищение человека', 'Адамды уурдоо', 'LESSER', null, null, null),
('20000000-0000-0000-0000-000000000002', 'UNLAWFUL-DETENTION', 'Illegal deprivation of liberty', 'Незаконное лишение свободы', 'Эркиндигинен мыйзамсыз ажыратуу', 'LESSER', null, null, null),
('20000000-0000-0000-0000-000000000003', 'PIMPING', 'Pimping or keeping a brothel', 'Сводничество или содержание притона', 'Жеңелик кылуу же бузуку жай кармоо', 'LESSER', null, null, null),
('20000000-0000-0000-0000-000000000004', 'FRAUD', 'Fraud', 'Мошенничество', 'Алдамчылык', 'LESSER', null, null, null),
('20000000-0000-0000-0000-000000000005', 'ILLEGAL-MIGRATION', 'Organising illegal migration', 'Организация незаконной миграции', 'Мыйзамсыз миграцияны уюштуруу', 'LESSER', null, null, null);
