package org.earlyhelp.platform.consuming;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.Topics;
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.Inbox;
import org.earlyhelp.platform.inbox.IncomingEvent;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;

/**
 * The one way to consume events: each topic's consumer ({@link AssessmentEventsConsumer}, {@link PlanEventsConsumer},
 * {@link ReferralEventsConsumer}) hands it the record, and it runs what the service's {@link EventSubscriber}s registered.
 * At start-up it checks that the service consumes every topic it registered for and registers for every topic it
 * consumes ({@code earlyhelp.events.consume.<name>}), so no handler waits for events that never come. Steps registered with
 * {@link Subscriptions#once} are claimed in the inbox here, in one transaction with their effect. Each event is handled
 * in a span continuing the trace of the request that wrote it ({@link EventSpans}).
 */
@Startup
@ApplicationScoped
public class EventDispatcher {

    /** Each topic's name in {@code earlyhelp.events.consume.<name>} and in its channel, {@code <name>-events}. */
    static final Map<String, String> NAMES = Map.of(Topics.ASSESSMENT, "assessment", Topics.PLAN, "plan", Topics.REFERRAL, "referral");

    private final Subscriptions subscriptions = new Subscriptions();
    private final EventReader reader;
    /** The inbox claim, in a transaction of its own with what the handler writes (the handler's service joins it). */
    private final Subscriptions.Claims claims;
    private final EventSpans spans;

    public EventDispatcher(@All List<EventSubscriber> subscribers, EventReader reader, ConsumingConfig consuming, Inbox inbox,
            EventSpans spans) {
        this.reader = reader;
        this.spans = spans;
        this.claims = (eventId, consumer, effect) -> spans.step(consumer, () -> QuarkusTransaction.requiringNew().run(() -> {
            if (inbox.firstDelivery(eventId, consumer)) {
                effect.run();
            }
        }));
        subscribers.forEach(subscriber -> subscriber.subscribe(subscriptions));
        Set<String> consumed = new HashSet<>();
        if (consuming.assessment()) {
            consumed.add(Topics.ASSESSMENT);
        }
        if (consuming.plan()) {
            consumed.add(Topics.PLAN);
        }
        if (consuming.referral()) {
            consumed.add(Topics.REFERRAL);
        }
        requireConsumedAsRegistered(subscriptions.topics(), consumed);
    }

    /**
     * Applies one record of {@code topic}: its CloudEvent headers read, then the steps registered for its type, in a span that
     * continues the trace of the request that wrote the event ({@link EventSpans}).
     */
    public void dispatch(String topic, ConsumerRecord<String, String> record) {
        spans.consuming(topic, record, () -> subscriptions.dispatch(topic, IncomingEvent.from(record), reader, claims));
    }

    static void requireConsumedAsRegistered(Set<String> registered, Set<String> consumed) {
        Set<String> notConsumed = new TreeSet<>(registered);
        notConsumed.removeAll(consumed);
        Set<String> unused = new TreeSet<>(consumed);
        unused.removeAll(registered);
        if (!notConsumed.isEmpty()) {
            throw new IllegalStateException("Handlers are registered for " + notConsumed + " but its consumer is off: set "
                    + notConsumed.stream().map(t -> "earlyhelp.events.consume." + NAMES.get(t) + "=true").collect(Collectors.joining(", ")));
        }
        if (!unused.isEmpty()) {
            throw new IllegalStateException("The consumer of " + unused + " is on but nothing is registered for it: remove "
                    + unused.stream().map(t -> "earlyhelp.events.consume." + NAMES.get(t)).collect(Collectors.joining(", ")));
        }
    }
}
