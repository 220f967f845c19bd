package org.earlyhelp.platform.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.events.EventType;
import org.earlyhelp.events.Topics;
import org.earlyhelp.events.assessment.ConsentRecordedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class SubscriptionsTest {

    final EventReader reader = new EventReader(new ObjectMapper().registerModule(new JavaTimeModule()));
    final Subscriptions subscriptions = new Subscriptions();
    final List<String> seen = new ArrayList<>();

    static IncomingEvent event(EventType type, String data) {
        return new IncomingEvent(UUID.randomUUID(), type.cloudEventType(), Optional.of(type), null, data);
    }

    static IncomingEvent unknown(String data) {
        return new IncomingEvent(UUID.randomUUID(), "earlyhelp.plan.plan-archived.v9", Optional.empty(), null, data);
    }

    static final UUID FAMILY = UUID.fromString("00000000-0000-0000-0000-00000000f001");
    static final String DECISION = """
            {"familyId":"%s","area":"isle-of-wight","referralId":"%s","decision":"NFA","decidedOn":"2026-03-02",
             "earlyHelpContinues":true}""".formatted(FAMILY, UUID.randomUUID());
    static final String WITHDRAWAL = """
            {"familyId":"%s","area":"isle-of-wight","consentId":"%s","withdrawnOn":"2026-03-02"}"""
            .formatted(FAMILY, UUID.randomUUID());

    @Test
    @DisplayName("an event reaches the handlers of its own type, with its id and its data read as the type's record; other types' handlers do not run")
    void dispatchesByType() {
        List<Object> handled = new ArrayList<>();
        subscriptions.on(EventType.STEP_DOWN_ACCEPTED, StepDownAcceptedV1.class, (id, e) -> seen.add("accepted"))
                .on(EventType.STEP_UP_DECISION_RECORDED, StepUpDecisionRecordedV1.class, (id, e) -> {
                    seen.add("decision");
                    handled.add(id);
                    handled.add(e);
                });
        IncomingEvent decision = event(EventType.STEP_UP_DECISION_RECORDED, DECISION);

        subscriptions.dispatch(Topics.REFERRAL, decision, reader);

        assertThat(seen).containsExactly("decision");
        assertThat(handled.get(0)).isEqualTo(decision.id());
        StepUpDecisionRecordedV1 payload = (StepUpDecisionRecordedV1) handled.get(1);
        assertThat(payload.familyId()).isEqualTo(FAMILY);
        assertThat(payload.decision()).isEqualTo("NFA");
        assertThat(payload.decidedOn()).hasToString("2026-03-02");
    }

    @Test
    @DisplayName("an event of a type this build does not know reaches no handler and no every-event listener, and is not an error")
    void ignoresUnknownTypes() {
        subscriptions.everyEvent(Topics.PLAN, e -> seen.add("every"));

        subscriptions.dispatch(Topics.PLAN, unknown("{\"not\":\"our contract\"}"), reader);

        assertThat(seen).isEmpty();
    }

    @Test
    @DisplayName("an event whose type has no handler still reaches every listener of its topic; listeners of other topics do not see it")
    void everyEventListenersSeeUnhandledTypes() {
        subscriptions.everyEvent(Topics.REFERRAL, e -> seen.add("referral:" + e.cloudEventType()))
                .everyEvent(Topics.PLAN, e -> seen.add("plan"));

        subscriptions.dispatch(Topics.REFERRAL, event(EventType.STEP_UP_DECISION_RECORDED, DECISION), reader);

        assertThat(seen).containsExactly("referral:" + EventType.STEP_UP_DECISION_RECORDED.cloudEventType());
    }

    @Test
    @DisplayName("listeners and handlers run in the order registered: the circle before webhooks, except a withdrawal, whose circle runs after them")
    void runsStepsInRegistrationOrder() {
        // notification-service's order for assessment-service's events
        subscriptions.everyEvent(Topics.ASSESSMENT, e -> {
            if (!e.is(EventType.CONSENT_WITHDRAWN)) {
                seen.add("circle");
            }
        })
                .everyEvent(Topics.ASSESSMENT, e -> seen.add("webhooks"))
                .on(EventType.CONSENT_WITHDRAWN, ConsentWithdrawnV1.class, (id, e) -> seen.add("circle ends consent"))
                .on(EventType.CONSENT_RECORDED, ConsentRecordedV1.class, (id, e) -> seen.add("consent noted"))
                .on(EventType.CONSENT_WITHDRAWN, ConsentWithdrawnV1.class, (id, e) -> seen.add("withdrawal notified"));

        subscriptions.dispatch(Topics.ASSESSMENT, event(EventType.CONSENT_WITHDRAWN, WITHDRAWAL), reader);
        assertThat(seen).containsExactly("webhooks", "circle ends consent", "withdrawal notified");

        seen.clear();
        subscriptions.dispatch(Topics.ASSESSMENT, event(EventType.CONSENT_RECORDED, """
                {"familyId":"%s","area":"isle-of-wight","consentId":"%s","sharedWithAgencies":["school"]}"""
                .formatted(FAMILY, UUID.randomUUID())), reader);
        assertThat(seen).containsExactly("circle", "webhooks", "consent noted");
    }

    @Test
    @DisplayName("data that cannot be read as its type's record is a malformed event (not retried, parked): the handler does not run, the listeners before it did")
    void unreadablePayloadIsMalformed() {
        subscriptions.everyEvent(Topics.REFERRAL, e -> seen.add("before"))
                .on(EventType.STEP_UP_DECISION_RECORDED, StepUpDecisionRecordedV1.class, (id, e) -> seen.add("handled"))
                .everyEvent(Topics.REFERRAL, e -> seen.add("after"));

        assertThatThrownBy(() -> subscriptions.dispatch(Topics.REFERRAL,
                event(EventType.STEP_UP_DECISION_RECORDED, "{\"familyId\": 42, \"decidedOn\": \"not a date\""), reader))
                .isInstanceOf(IncomingEvent.MalformedEventException.class)
                .hasMessageContaining(EventType.STEP_UP_DECISION_RECORDED.cloudEventType());
        assertThatThrownBy(() -> subscriptions.dispatch(Topics.REFERRAL,
                event(EventType.STEP_UP_DECISION_RECORDED, "{\"area\":\"isle-of-wight\"}"), reader))
                .isInstanceOf(IncomingEvent.MalformedEventException.class).hasMessageContaining("names no family");
        assertThat(seen).containsExactly("before", "before");
    }

    @Test
    @DisplayName("a handler that fails stops the steps after it, so the consumer retries the whole event")
    void failingHandlerStopsTheRest() {
        subscriptions.on(EventType.STEP_UP_DECISION_RECORDED, StepUpDecisionRecordedV1.class, (id, e) -> {
            throw new IllegalStateException("database down");
        }).everyEvent(Topics.REFERRAL, e -> seen.add("after"));

        assertThatThrownBy(() -> subscriptions.dispatch(Topics.REFERRAL, event(EventType.STEP_UP_DECISION_RECORDED, DECISION), reader))
                .isInstanceOf(IllegalStateException.class);
        assertThat(seen).isEmpty();
    }

    @Test
    @DisplayName("registering a record that is not the type's own, or a topic that is not one of the three, is refused at start-up")
    void refusesMismatchedRegistrations() {
        assertThatThrownBy(() -> subscriptions.on(EventType.STEP_DOWN_ACCEPTED, StepUpDecisionRecordedV1.class, (id, e) -> {
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StepDownAcceptedV1");
        assertThatThrownBy(() -> subscriptions.everyEvent("earlyhelp.reporting.events", e -> {
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(subscriptions.topics()).isEmpty();
    }

    @Test
    @DisplayName("a service must consume every topic it registers for, and register for every topic it consumes")
    void consumedTopicsMatchRegistrations() {
        subscriptions.on(EventType.STEP_DOWN_ACCEPTED, StepDownAcceptedV1.class, (id, e) -> {
        }).everyEvent(Topics.ASSESSMENT, e -> {
        });

        EventDispatcher.requireConsumedAsRegistered(subscriptions.topics(), Set.of(Topics.REFERRAL, Topics.ASSESSMENT));
        assertThatThrownBy(() -> EventDispatcher.requireConsumedAsRegistered(subscriptions.topics(), Set.of(Topics.REFERRAL)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("earlyhelp.events.consume.assessment=true");
        assertThatThrownBy(() -> EventDispatcher.requireConsumedAsRegistered(subscriptions.topics(),
                Set.of(Topics.REFERRAL, Topics.ASSESSMENT, Topics.PLAN)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("earlyhelp.events.consume.plan");
    }

    @Test
    @DisplayName("handlers registered with once(consumer) apply an event once for that consumer however often it arrives, through the inbox claim; other steps run every time")
    void onceAppliesAnEventOncePerConsumer() {
        Set<String> claimed = new java.util.HashSet<>();
        List<String> claims = new ArrayList<>();
        Subscriptions.Claims inbox = (eventId, consumer, effect) -> {
            claims.add(consumer);
            if (claimed.add(eventId + "/" + consumer)) {
                effect.run();
            }
        };
        subscriptions.everyEvent(Topics.REFERRAL, e -> seen.add("every"));
        subscriptions.once("plan-reactions").on(EventType.STEP_UP_DECISION_RECORDED, StepUpDecisionRecordedV1.class,
                (id, e) -> seen.add("reaction"));
        subscriptions.once("notification-inbox").on(EventType.STEP_UP_DECISION_RECORDED, StepUpDecisionRecordedV1.class,
                (id, e) -> seen.add("notification"));
        IncomingEvent decision = event(EventType.STEP_UP_DECISION_RECORDED, DECISION);

        subscriptions.dispatch(Topics.REFERRAL, decision, reader, inbox);
        subscriptions.dispatch(Topics.REFERRAL, decision, reader, inbox);

        assertThat(seen).containsExactly("every", "reaction", "notification", "every");
        assertThat(claims).containsExactly("plan-reactions", "notification-inbox", "plan-reactions", "notification-inbox");
        assertThatThrownBy(() -> subscriptions.once(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
