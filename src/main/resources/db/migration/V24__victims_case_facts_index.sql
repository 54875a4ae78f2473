-- Every statistics query joins its records to the case behind them (person, sex, age, citizenship,
-- region) through facts_victim_case. The case table is wide (encrypted identity, photo, guardian),
-- so reading it whole costs most of those queries; this index holds exactly the columns the view
-- reads, which lets PostgreSQL answer it from the index alone (about a fifth of the table's size).
create index victim_case_facts_idx on victim_case (id)
    include (person_key, organisation_id, registered_on, sex, child, age_at_exploitation,
             estimated_age, birth_year, citizenships, region, best_interests_on, guardian_type);

-- whether a period has any victim data behind it: the first case's registration day
create index victim_case_registered_idx on victim_case (registered_on);
