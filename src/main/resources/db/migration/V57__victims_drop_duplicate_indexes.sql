-- Two indexes of victim_case that others already are: V46's index of the birth date's blind index
-- repeats V6's victim_case_birth_date_idx exactly, and the index of the name's blind index alone is
-- the leading column of victim_case_person_idx (name, birth date). Every registration, edit and
-- import kept both up to date for nothing.
drop index victim_case_birth_idx;
drop index victim_case_name_idx;
