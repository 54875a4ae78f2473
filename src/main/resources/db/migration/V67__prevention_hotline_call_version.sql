-- a correction names the version it was made from: two operators correcting the same call at
-- once no longer lose the first one's correction silently (the second is told it changed)
alter table hotline_call add column version integer not null default 0;
