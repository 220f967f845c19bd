package org.earlyhelp.platform.consuming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.earlyhelp.events.EventType;
import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.Topics;
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.IncomingEvent;

/**
 * What a service does with each topic's events, as steps in the order they were registered. An event runs every step of
 * its topic in that order: every listener ({@link #everyEvent}) and the handlers of its own type ({@link #on}); its data is
 * read once, at the first handler that needs it. An event of a type this build does not know runs no step.
 */
public final class Subscriptions {

    static final Set<String> TOPICS = Set.of(Topics.ASSESSMENT, Topics.PLAN, Topics.REFERRAL);

    private interface Step {
        void run(IncomingEvent event, Payload payload, Claims claims);
    }

    /**
     * The inbox: runs {@code effect} once per event and consumer, in one transaction with the claim (the platform's
     * {@link EventDispatcher} claims in the {@code inbox} table; a unit test may fake it).
     */
    interface Claims {
        void once(java.util.UUID eventId, String consumer, Runnable effect);

        /** No inbox: every step runs (what a step registered without {@link #once} always does). */
        Claims NONE = (eventId, consumer, effect) -> effect.run();
    }

    private final Map<String, List<Step>> steps = new LinkedHashMap<>();

    /**
     * Handles events of {@code type} with {@code handler}, given the event's data as {@code recordType} (the type's own
     * record: anything else is refused here, at start-up). On {@code type}'s topic.
     */
    public <T extends FamilyEvent> Subscriptions on(EventType type, Class<T> recordType, EventHandler<T> handler) {
        return register(type, recordType, handler, null);
    }

    /**
     * Handlers registered through the answer apply an event once for {@code consumer}, however often it is delivered: the
     * platform claims the event in the inbox under that name, in one transaction with what the handler writes (a
     * redelivered event finds its claim and runs nothing). Use the name the service's inbox rows already carry.
     */
    public Once once(String consumer) {
        if (consumer == null || consumer.isBlank()) {
            throw new IllegalArgumentException("An inbox consumer has a name");
        }
        return new Once(consumer);
    }

    /** Registrations applied once per event for one inbox consumer. */
    public final class Once {
        private final String consumer;

        private Once(String consumer) {
            this.consumer = consumer;
        }

        /** As {@link Subscriptions#on}, applied once per event for this consumer. */
        public <T extends FamilyEvent> Once on(EventType type, Class<T> recordType, EventHandler<T> handler) {
            register(type, recordType, handler, consumer);
            return this;
        }
    }

    private <T extends FamilyEvent> Subscriptions register(EventType type, Class<T> recordType, EventHandler<T> handler, String consumer) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        if (!type.recordType().equals(recordType)) {
            throw new IllegalArgumentException(type + " carries " + type.recordType().getSimpleName() + ", not "
                    + (recordType == null ? "null" : recordType.getSimpleName()));
        }
        stepsOf(type.topic()).add((event, payload, claims) -> {
            if (!event.is(type)) {
                return;
            }
            if (consumer == null) {
                handler.handle(event.id(), payload.as(event, recordType));
            } else {
                T data = payload.as(event, recordType);
                claims.once(event.id(), consumer, () -> handler.handle(event.id(), data));
            }
        });
        return this;
    }

    /** Shows {@code listener} every event of {@code topic} whose type this build knows, at this point in the order. */
    public Subscriptions everyEvent(String topic, EventListener listener) {
        Objects.requireNonNull(listener, "listener");
        stepsOf(topic).add((event, payload, claims) -> listener.on(event));
        return this;
    }

    /** The topics something was registered for. */
    public Set<String> topics() {
        return Collections.unmodifiableSet(steps.keySet());
    }

    /**
     * Runs {@code event}'s steps on {@code topic}, in order. A step that throws stops the rest (the consumer retries the
     * event, then parks it); data that cannot be read as its record is an {@link IncomingEvent.MalformedEventException}.
     */
    void dispatch(String topic, IncomingEvent event, EventReader reader) {
        dispatch(topic, event, reader, Claims.NONE);
    }

    /** As above, the steps registered through {@link #once} run through {@code claims}: once per event and consumer. */
    void dispatch(String topic, IncomingEvent event, EventReader reader, Claims claims) {
        if (event.type().isEmpty()) {
            return;
        }
        Payload payload = new Payload(reader);
        for (Step step : steps.getOrDefault(topic, List.of())) {
            step.run(event, payload, claims);
        }
    }

    private List<Step> stepsOf(String topic) {
        if (!TOPICS.contains(topic)) {
            throw new IllegalArgumentException("Not a topic: " + topic + " (one of " + TOPICS + ")");
        }
        return steps.computeIfAbsent(topic, t -> new ArrayList<>());
    }

    /** An event's data, read at most once. */
    private static final class Payload {
        private final EventReader reader;
        private FamilyEvent read;

        Payload(EventReader reader) {
            this.reader = reader;
        }

        <T extends FamilyEvent> T as(IncomingEvent event, Class<T> recordType) {
            if (read == null) {
                read = reader.payload(event, recordType);
            }
            return recordType.cast(read);
        }
    }
}
