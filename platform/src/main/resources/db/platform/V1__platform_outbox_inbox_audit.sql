-- Platform tables every service has: the transactional outbox, the consumer inbox, the audit trail.

create table outbox (
    position    bigint generated always as identity primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    record_key  text        not null,
    ce_type     text        not null,
    ce_time     timestamptz not null,
    payload     text        not null,
    sent_at     timestamptz
);
create index outbox_pending on outbox (position) where sent_at is null;

create table inbox (
    event_id    uuid        not null,
    consumer    text        not null,
    applied_at  timestamptz not null,
    primary key (event_id, consumer)
);

create table audit_entry (
    id            uuid        primary key,
    at            timestamptz not null,
    user_id       text        not null,
    agency        text,
    area          text        not null,
    action        text        not null,
    family_id     uuid,
    resource_ref  text
);
create index audit_entry_family on audit_entry (family_id, at);
