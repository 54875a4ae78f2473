-- An upload's file name may name a person (a sheet saved under a victim's name): it is sealed with
-- the privacy keys like the file itself. The names of earlier uploads stay in file_name until
-- Koldoo seals them as it starts (ImportNames); a sealed one leaves file_name empty.
alter table import_run add column file_name_ciphertext bytea;
alter table import_run alter column file_name drop not null;
alter table import_run add constraint import_run_file_name
    check (file_name is not null or file_name_ciphertext is not null);
