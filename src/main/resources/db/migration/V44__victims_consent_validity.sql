-- A consent may be given for a limited time (issue 16): after valid_until it is no longer in
-- force, without anyone withdrawing it, and every access it opened ends with it.
alter table victim_consent add column valid_until date;
alter table victim_consent add constraint victim_consent_validity
    check (valid_until is null or valid_until >= given_on);
create index victim_consent_lapsing_idx on victim_consent (valid_until)
    where valid_until is not null and withdrawn_on is null;
