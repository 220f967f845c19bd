-- The unread count and the unread inbox (GET /api/notifications/unread-count, ?unread=true) read only unread rows: a partial
-- index holds just those, so neither walks a recipient's whole history nor visits the table to check read_at.
create index notification_unread on notification (area, recipient, created_at desc) where read_at is null;
