-- Short-lived, single-use tickets for the notification stream (GET /api/notifications/stream?ticket=...), for a browser's
-- EventSource, which cannot send a bearer header. Only the ticket's SHA-256 is kept; a ticket is deleted when it is
-- redeemed, and expired ones are swept when new ones are issued. Any replica can redeem a ticket any replica issued.
create table stream_ticket (
    ticket_hash text        primary key,
    user_id     text        not null,
    area        text        not null,
    agency      text,
    roles       text        not null,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null
);
create index stream_ticket_expiry on stream_ticket (expires_at);
