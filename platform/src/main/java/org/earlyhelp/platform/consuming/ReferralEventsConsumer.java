package org.earlyhelp.platform.consuming;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.Topics;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * {@code referral-events}: {@link Topics#REFERRAL} in the service's consumer group. Present only in a service built with
 * {@code earlyhelp.events.consume.referral=true} (the channel is off otherwise too). A failing event is retried with back-off
 * (a malformed one is not), then parked on the dead-letter topic; the consumer carries on.
 */
@ApplicationScoped
@IfBuildProperty(name = "earlyhelp.events.consume.referral", stringValue = "true")
public class ReferralEventsConsumer {

    private final EventDispatcher dispatcher;

    public ReferralEventsConsumer(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Incoming("referral-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(Topics.REFERRAL, record);
    }
}
