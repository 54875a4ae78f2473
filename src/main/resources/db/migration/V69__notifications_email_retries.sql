-- A notice's e-mail that did not go out (the SMTP server away, the process stopped before it was
-- sent) is sent again later: it is due until it has gone, tried at most six times, further apart
-- each time. Notices written before this change are not due.
alter table notification
    add column email_due      boolean  not null default false,
    add column email_attempts smallint not null default 0,
    add column email_tried_at timestamptz;

create index notification_email_due_idx on notification (created_at) where email_due;
