-- V73 said the key also digests what was typed; from this version it digests the account and the
-- form's one-time token only: one form shown is one thing saved, even if mended while on its way.
-- Rows kept under the older key simply age out within the day.
comment on column form_submission.submission_key is
    'SHA-256 of the account and the one-time token of the form shown; nothing a person typed';
