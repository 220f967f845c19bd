-- A partner receives events only for families its agency may see (the family circle, platform.access): the
-- subscription remembers the subscribing partner's agency. Older subscriptions have none and match by owner only.
alter table webhook_subscription add column owner_agency text;
