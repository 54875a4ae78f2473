-- A referral opens its case to the receiver once. The event that does it is delivered at least
-- once (the publication registry hands unfinished events again, and with several instances two
-- may both), so the grant is unique per referral and a second delivery changes nothing.
delete from victim_access_grant g
 using victim_access_grant h
 where g.referral_id = h.referral_id
   and g.ctid > h.ctid;
create unique index victim_access_grant_referral_idx on victim_access_grant (referral_id);
