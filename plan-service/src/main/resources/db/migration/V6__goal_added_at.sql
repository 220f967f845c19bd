-- When a goal was added: the family timeline shows goals in date order. Existing goals take the migration's time.
alter table goal add column added_at timestamptz not null default now();
