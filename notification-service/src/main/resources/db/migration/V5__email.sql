create table notification_preference (
    user_id         text        primary key,
    area            text        not null,
    email           text,
    email_enabled   boolean     not null,
    updated_at      timestamptz not null
);

create table email_outbox (
    id                  uuid        primary key,
    notification_id     uuid        not null unique,
    user_id             text        not null,
    address             text        not null,
    subject             text        not null,
    body                text        not null,
    status              text        not null,
    attempts            integer     not null default 0,
    next_attempt_at     timestamptz,
    sent_at             timestamptz,
    last_error          text,
    created_at          timestamptz not null
);
create index email_outbox_due on email_outbox (next_attempt_at) where status = 'PENDING';
