-- A search by one part of a name (the given name alone, or the family name): each part's keyed
-- blind index, as the whole name's is. Cases registered before this are indexed at the next start
-- (name_parts_indexed), a batch at a time, from their sealed identity.
create table victim_name_part (
    case_id    uuid        not null references victim_case (id) on delete cascade,
    part_index varchar(64) not null,
    primary key (case_id, part_index)
);
create index victim_name_part_index_idx on victim_name_part (part_index);

alter table victim_case add column name_parts_indexed boolean not null default false;
