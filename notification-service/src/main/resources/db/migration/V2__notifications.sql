create table notification (
    id          uuid        primary key,
    area        text        not null,
    recipient   text        not null,
    type        text        not null,
    family_id   uuid        not null,
    plan_id     uuid,
    message     text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz,
    event_id    uuid        not null,
    version     bigint      not null,
    -- exactly once per event and recipient, however often the event arrives
    unique (event_id, recipient)
);
create index notification_recipient on notification (area, recipient, created_at desc);
