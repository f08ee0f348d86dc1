-- A circulated version may be approved before its remarks deadline only once the remarks period has
-- been closed early, on purpose and with a reason that the minutes then show publicly.
alter table meeting_minutes add column remarks_closed_on date;
alter table meeting_minutes add column remarks_closed_reason varchar(1000);
