package org.earlyhelp.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.earlyhelp.events.EventType;
import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.platform.tracing.RequestIds;
import org.earlyhelp.platform.tracing.TraceContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records events in the transaction that changed the state they describe. Refuses to run
 * outside one: an event written on its own could be lost or could describe a change that
 * never committed.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final jakarta.enterprise.event.Event<OutboxWritten> written;
    private final OutboxConfig config;
    private final java.time.Clock clock;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, jakarta.enterprise.event.Event<OutboxWritten> written,
            OutboxConfig config, java.time.Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.written = written;
        this.config = config;
        this.clock = clock;
    }

    /** @return the event id, which becomes the CloudEvents {@code ce_id}. */
    @Transactional(TxType.MANDATORY)
    public UUID publish(FamilyEvent event) {
        EventType type = EventType.of(event.getClass());
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.randomUUID();
        message.topic = type.topic();
        message.recordKey = event.familyId().toString();
        message.type = type.cloudEventType();
        message.occurredAt = clock.instant();
        message.payload = toJson(event);
        if (message.payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > config.maxEventBytes()) {
            // Bounded request fields keep every event far below this; reaching it means a bound is missing. Refused
            // here, the change rolls back with it, instead of an event the broker would refuse.
            throw new EventTooLarge(type);
        }
        message.requestId = RequestIds.current();
        stampTrace(message, TraceContext.current());
        entityManager.persist(message);
        written.fire(new OutboxWritten());
        return message.eventId;
    }

    /** The writer's place in its trace, for the relay to send with the event (it sends later, from another thread). */
    static void stampTrace(OutboxMessage message, TraceContext trace) {
        message.traceparent = trace == null ? null : trace.traceparent();
        message.tracestate = trace == null ? null : trace.tracestate();
    }

    /** A change whose event would be larger than the broker takes: answered 413, nothing written. */
    public static class EventTooLarge extends RuntimeException {
        EventTooLarge(EventType type) {
            super("The request would make a " + type.cloudEventType() + " event larger than the platform publishes");
        }
    }

    private String toJson(FamilyEvent event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event cannot be written as JSON: " + event.getClass().getSimpleName(), e);
        }
    }
}
