-- Whether an organisation sent a referral in a period is one index probe (statistics' count of
-- the organisations that reported), not a scan of every referral.
create index referral_sender_idx on referral (from_organisation, sent_on);
