-- Documents kept with a case (a signed consent form, a scan of a passport, a medical letter): the
-- content and the file name sealed like the identity, the type found from the content itself.
create table victim_case_attachment (
    id                   uuid primary key,
    case_id              uuid        not null references victim_case (id) on delete cascade,
    kind                 varchar(40) not null,
    content_type         varchar(40) not null,
    size_bytes           integer     not null,
    file_name_ciphertext bytea       not null,
    content_ciphertext   bytea       not null,
    organisation_id      uuid        not null references organisation (id),
    uploaded_by          varchar(64) not null,
    uploaded_at          timestamptz not null,
    constraint victim_case_attachment_type
        check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    constraint victim_case_attachment_size check (size_bytes between 1 and 5242880)
);
create index victim_case_attachment_case_idx on victim_case_attachment (case_id);
