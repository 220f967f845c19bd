package org.earlyhelp.platform.inbox;

import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.EventType;
import org.earlyhelp.platform.outbox.CloudEventHeaders;
import org.earlyhelp.platform.tracing.RequestIds;

/**
 * A CloudEvent as it arrives from Kafka (binary mode): its id, its type when this build knows
 * it, the family it concerns and the JSON data.
 */
public record IncomingEvent(UUID id, String cloudEventType, Optional<EventType> type, String subject, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID);
        String ceType = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE);
        if (id == null || ceType == null) {
            throw new MalformedEventException("Record at offset " + record.offset() + " has no ce_id or ce_type header");
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("Record at offset " + record.offset() + " has a ce_id that is not a UUID");
        }
        // what this event causes carries the id of the request that caused it
        RequestIds.enter(CloudEventHeaders.read(record.headers(), CloudEventHeaders.REQUEST_ID));
        return new IncomingEvent(eventId, ceType, EventType.fromCloudEventType(ceType),
                CloudEventHeaders.read(record.headers(), CloudEventHeaders.SUBJECT), record.value());
    }

    public boolean is(EventType expected) {
        return type.filter(expected::equals).isPresent();
    }

    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
