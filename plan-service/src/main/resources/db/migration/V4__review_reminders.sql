alter table review add column due_soon_sent_at timestamptz;
alter table review add column overdue_sent_at timestamptz;
create index review_reminders on review (status, due_by) where status = 'SCHEDULED';
