package org.earlyhelp.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An event waiting to cross the broker: written in the same transaction as the state change
 * that raised it, published by the {@link OutboxRelay} in {@code position} order.
 */
@Entity
@Table(name = "outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "record_key", nullable = false)
    public String recordKey;

    @Column(name = "ce_type", nullable = false)
    public String type;

    @Column(name = "ce_time", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "request_id")
    public String requestId;

    /** W3C {@code traceparent} of the span that wrote the event (the request, or the handler of an event): sent as the Kafka header. */
    @Column(length = 55)
    public String traceparent;

    /** W3C {@code tracestate} beside it, when the trace carries one. */
    @Column(length = 512)
    public String tracestate;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Set when the broker refused the event for good: the relay passes it, and its family's later events, by. */
    @Column(name = "parked_at")
    public Instant parkedAt;

    /** The error's name only (e.g. {@code RecordTooLargeException}): never the payload or a message quoting it. */
    @Column(name = "park_reason")
    public String parkReason;
}
