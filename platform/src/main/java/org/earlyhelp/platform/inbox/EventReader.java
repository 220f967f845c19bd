package org.earlyhelp.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.events.FamilyEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads an incoming event's data as its contract record. */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper objectMapper;

    public EventReader(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public <T extends FamilyEvent> T payload(IncomingEvent event, Class<T> recordType) {
        try {
            T payload = objectMapper.readValue(event.data(), recordType);
            if (payload.familyId() == null) {
                throw new IncomingEvent.MalformedEventException("Event " + event.id() + " names no family");
            }
            return payload;
        } catch (JsonProcessingException e) {
            throw new IncomingEvent.MalformedEventException(
                    "Event " + event.id() + " of type " + event.cloudEventType() + " is not readable: " + e.getOriginalMessage());
        }
    }
}
