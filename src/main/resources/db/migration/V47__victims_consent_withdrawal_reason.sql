-- Why a consent was withdrawn (issue 17's "no date or reason"): a code of ConsentWithdrawalReason.
alter table victim_consent add column withdrawal_reason varchar(40);
