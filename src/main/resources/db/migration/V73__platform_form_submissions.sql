-- A form sent from a page, kept for a day so that the same form sent again (a double click, a
-- second try on a slow connection, the browser's back button) is answered as the first one was
-- and not saved twice. The key is a digest of the account, the form's one-time token and what was
-- typed: nothing here can be read back into a person or a value. A row without a location is a
-- form still being handled.
create table form_submission (
    submission_key text                     not null primary key,
    sent_at        timestamp with time zone not null,
    location       text,
    constraint form_submission_key_is_a_digest check (submission_key ~ '^[0-9a-f]{64}$'),
    constraint form_submission_location_length check (length(location) <= 2000)
);
create index form_submission_by_sent_at on form_submission (sent_at);
