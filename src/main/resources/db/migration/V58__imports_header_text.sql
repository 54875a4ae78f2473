-- A remembered header as its sheet wrote it, so that the import page can show the organisation
-- what it taught Koldoo and let it forget a mapping made by mistake.
alter table import_header add column header_text varchar(200);
