-- Dates people record (issue 17): the day a referral was made and the day a step-down was proposed, as the people
-- recording them say (default the day they are written here). Rows written before keep the day they were written, in
-- the areas' time zone.
alter table step_up_referral add column referred_on date;
update step_up_referral set referred_on = (submitted_at at time zone 'Europe/London')::date where submitted_at is not null;

alter table step_down add column proposed_on date;
update step_down set proposed_on = (proposed_at at time zone 'Europe/London')::date;
alter table step_down alter column proposed_on set not null;
