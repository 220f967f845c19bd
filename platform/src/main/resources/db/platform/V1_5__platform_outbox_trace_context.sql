-- The W3C trace context of the request that wrote an event (traceparent, tracestate): sent by the relay as the Kafka headers
-- of the same names, so the consumer's span continues the writer's trace. Empty for work outside any trace.
alter table outbox add column traceparent varchar(55);
alter table outbox add column tracestate varchar(512);
