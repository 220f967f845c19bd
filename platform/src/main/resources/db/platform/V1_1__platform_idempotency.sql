-- Idempotency-Key: the first answer to a write, replayed for the same key and body.
create table idempotency_key (
    caller_id        text        not null,
    idempotency_key  text        not null,
    request_hash     text        not null,
    status           int,
    response_body    text,
    location         text,
    created_at       timestamptz not null,
    primary key (caller_id, idempotency_key)
);
