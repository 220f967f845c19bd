-- The audit trail records refused attempts too: what was asked, and that it was refused.
alter table audit_entry add column outcome text not null default 'ALLOWED';
-- An event the broker refuses for good is parked: kept, visible to ops, retried only on request.
alter table outbox add column parked_at timestamptz;
alter table outbox add column park_reason text;
create index outbox_parked on outbox (record_key) where parked_at is not null and sent_at is null;
