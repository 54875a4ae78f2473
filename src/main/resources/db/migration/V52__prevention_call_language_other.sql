-- The call form offers "other" as a caller's language, which did not fit the two-letter column.
alter table hotline_call alter column language type varchar(8);
