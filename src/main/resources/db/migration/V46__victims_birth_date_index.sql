-- The warning at registration looks for cases with the same birth date and a similar name
-- (issue 16): the birth date's blind index alone needs an index of its own.
create index victim_case_birth_idx on victim_case (birth_date_index);
