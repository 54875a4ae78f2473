-- A call an operator marks to follow up by a day (call back, check a referral), until done.
alter table hotline_call
    add column follow_up_on date,
    add column followed_up  boolean not null default false;
create index hotline_call_follow_up_idx on hotline_call (organisation_id, follow_up_on)
    where follow_up_on is not null and not followed_up;
