create table webhook_subscription (
    id                      uuid        primary key,
    version                 bigint      not null,
    area                    text        not null,
    owner                   text        not null,
    url                     text        not null,
    event_types             jsonb       not null,
    secret                  text        not null,
    status                  text        not null,
    consecutive_failures    integer     not null,
    disabled_at             timestamptz,
    disabled_reason         text,
    created_at              timestamptz not null
);
create index webhook_subscription_area on webhook_subscription (area) where status = 'ACTIVE';

create table webhook_delivery (
    id                  uuid        primary key,
    subscription_id     uuid        not null references webhook_subscription (id),
    event_id            uuid        not null,
    event_type          text        not null,
    payload             text        not null,
    status              text        not null,
    attempts            integer     not null,
    next_attempt_at     timestamptz,
    created_at          timestamptz not null,
    delivered_at        timestamptz,
    last_status_code    integer,
    last_error          text,
    -- exactly once per event and subscription, however often the event arrives
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';

create table webhook_attempt (
    id                  uuid        primary key,
    delivery_id         uuid        not null references webhook_delivery (id),
    subscription_id     uuid        not null,
    attempt             integer     not null,
    attempted_at        timestamptz not null,
    status_code         integer,
    error               text,
    millis              bigint      not null,
    note                text
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id);
