package org.earlyhelp.platform.consuming;

/**
 * A service's events consumed, registered rather than written out (conventions.md, Events): a bean of the service
 * implements this and says which event types it handles and with which method,
 * <pre>
 * on.on(EventType.STEP_DOWN_ACCEPTED, StepDownAcceptedV1.class, opening::onStepDownAccepted);
 * </pre>
 * The channel, {@code @Blocking}, retry and back-off, the dead-letter topic and the dispatch on the event type are the
 * platform's ({@link EventDispatcher}); a service switches a topic's consumer on with
 * {@code earlyhelp.events.consume.<assessment|plan|referral>=true} in its application.properties.
 */
public interface EventSubscriber {
    void subscribe(Subscriptions on);
}
