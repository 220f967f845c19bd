package org.earlyhelp.notification.recipients;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.earlyhelp.events.EventType;
import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.Professional;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewDueSoonV1;
import org.earlyhelp.events.plan.ReviewOverdueV1;
import org.earlyhelp.events.plan.ClosureDueV1;
import org.earlyhelp.events.plan.ClosureOverdueV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepDownDeclinedV1;
import org.earlyhelp.events.referral.StepDownProposedV1;
import org.earlyhelp.events.referral.StepDownWithdrawnV1;
import org.earlyhelp.events.assessment.ConsentRefusedV1;
import org.earlyhelp.events.assessment.SharingApprovalRequestedV1;
import org.earlyhelp.events.assessment.SharingDecisionApprovedV1;
import org.earlyhelp.events.assessment.SharingDecisionRefusedV1;
import org.earlyhelp.events.assessment.UniversalServicesSignpostedV1;
import org.earlyhelp.events.referral.EscalationEscalatedV1;
import org.earlyhelp.events.referral.EscalationOverdueV1;
import org.earlyhelp.events.referral.EscalationRaisedV1;
import org.earlyhelp.events.referral.EscalationResolvedV1;
import org.earlyhelp.events.referral.EscalationRespondedV1;
import org.earlyhelp.events.referral.EscalationResponseDueSoonV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The canvas's table of event → recipients, row by row, through the real broker: each row's
 * event reaches exactly the inboxes it names among five people (the lead professional teacher,
 * hal of the team, the health visitor, the social worker, the early help team).
 */
@QuarkusTest
class RecipientsTableTest {

    static final String AREA = TestTokens.DEFAULT_AREA;
    /** A fixed, past moment for events that carry one: nothing here depends on the day the test runs. */
    static final Instant AT = Instant.parse("2026-03-23T10:00:00Z");
    static final Professional TEACHER = new Professional("teacher", "Tess Teacher", "school", "DSL");
    static final Professional HV = new Professional("hv", "Hannah Visitor", "health", "Health visitor");

    static final Map<String, String> PEOPLE = Map.of(
            "teacher", TestTokens.teacher(),
            "hal", TestTokens.token("hal", AREA, "housing", "practitioner"),
            "hv", TestTokens.healthVisitor(),
            "sw", TestTokens.socialWorker(),
            "team:early-help-team", TestTokens.token("ehteam-member", AREA, "early-help", "early-help-team"),
            "housing-manager", TestTokens.token("hmgr", AREA, "housing", "manager"),
            "school-manager", TestTokens.token("smgr", AREA, "school", "manager"),
            "partnership", TestTokens.token("plead", AREA, "safeguarding-partnership", "manager"));

    /** One row: what happened first (a plan for the family), the event, the notification type, who gets it. */
    record Row(String name, boolean planFirst, Function<UUID, FamilyEvent> event, String type, Set<String> recipients) {
        @Override
        public String toString() {
            return name;
        }
    }

    static UUID plan(UUID family) {
        return UUID.nameUUIDFromBytes(family.toString().getBytes());
    }

    static Stream<Arguments> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("PlanOpened", false, f -> new PlanOpenedV1(f, AREA, plan(f), "STEP_DOWN", UUID.randomUUID(), TEACHER,
                List.of("hal"), LocalDate.of(2026, 3, 22), false), "PLAN_OPENED", Set.of("teacher", "hal", "team:early-help-team")));
        rows.add(new Row("ReviewScheduled", false, f -> new ReviewScheduledV1(f, AREA, plan(f), UUID.randomUUID(), "INITIAL",
                LocalDate.of(2026, 4, 21), "teacher"), "REVIEW_SCHEDULED", Set.of("teacher")));
        rows.add(new Row("ReviewDueSoon", false, f -> new ReviewDueSoonV1(f, AREA, plan(f), UUID.randomUUID(), LocalDate.of(2026, 4, 21),
                "teacher"), "REVIEW_DUE_SOON", Set.of("teacher")));
        rows.add(new Row("ReviewOverdue", false, f -> new ReviewOverdueV1(f, AREA, plan(f), UUID.randomUUID(), LocalDate.of(2026, 4, 21),
                "teacher"), "REVIEW_OVERDUE", Set.of("teacher", "team:early-help-team")));
        rows.add(new Row("ClosureDue", false, f -> new ClosureDueV1(f, AREA, plan(f), LocalDate.of(2026, 6, 3), "teacher"),
                "CLOSURE_DUE", Set.of("teacher")));
        rows.add(new Row("ClosureOverdue", false, f -> new ClosureOverdueV1(f, AREA, plan(f), LocalDate.of(2026, 6, 3), "teacher"),
                "CLOSURE_OVERDUE", Set.of("teacher", "team:early-help-team")));
        rows.add(new Row("LeadProfessionalChanged", true, f -> new LeadProfessionalChangedV1(f, AREA, plan(f), TEACHER, HV,
                LocalDate.of(2026, 4, 1)), "LEAD_PROFESSIONAL_CHANGED", Set.of("teacher", "hv")));
        rows.add(new Row("PlanClosed", true, f -> new PlanClosedV1(f, AREA, plan(f), "OUTCOMES_ACHIEVED", LocalDate.of(2026, 6, 1), "teacher"),
                "PLAN_CLOSED", Set.of("teacher", "hal", "team:early-help-team")));
        rows.add(new Row("ConsentWithdrawn", true, f -> new ConsentWithdrawnV1(f, AREA, UUID.randomUUID(), LocalDate.of(2026, 5, 1)),
                "CONSENT_WITHDRAWN", Set.of("teacher", "hal", "team:early-help-team")));
        rows.add(new Row("StepUpReferralSubmitted (urgent)", false, f -> new StepUpReferralSubmittedV1(f, AREA, UUID.randomUUID(), plan(f),
                List.of(), true, true, "hv", AT), "URGENT_STEP_UP_REFERRAL", Set.of("sw", "team:early-help-team")));
        rows.add(new Row("StepUpReferralSubmitted", false, f -> new StepUpReferralSubmittedV1(f, AREA, UUID.randomUUID(), null,
                List.of(), false, true, "hv", AT), "STEP_UP_REFERRAL", Set.of("sw")));
        rows.add(new Row("StepUpDecisionRecorded", false, f -> new StepUpDecisionRecordedV1(f, AREA, UUID.randomUUID(), plan(f),
                "CHILD_IN_NEED_S17", LocalDate.of(2026, 5, 3), true, "hv", "teacher"), "STEP_UP_DECISION", Set.of("hv", "teacher")));
        rows.add(new Row("StepDownProposed", false, f -> new StepDownProposedV1(f, AREA, UUID.randomUUID(), List.of(), "sw", TEACHER,
                LocalDate.of(2026, 3, 15)), "STEP_DOWN_PROPOSED", Set.of("teacher", "team:early-help-team")));
        rows.add(new Row("StepDownAccepted", false, f -> new StepDownAcceptedV1(f, AREA, UUID.randomUUID(), List.of(), "sw", TEACHER,
                LocalDate.of(2026, 3, 22), List.of()), "STEP_DOWN_ACCEPTED", Set.of("sw")));
        rows.add(new Row("StepDownDeclined", false, f -> new StepDownDeclinedV1(f, AREA, UUID.randomUUID(), "sw", LocalDate.of(2026, 3, 10)),
                "STEP_DOWN_DECLINED", Set.of("sw")));
        rows.add(new Row("StepDownWithdrawn", false, f -> new StepDownWithdrawnV1(f, AREA, UUID.randomUUID(), "sw", "teacher",
                LocalDate.of(2026, 3, 10)), "STEP_DOWN_WITHDRAWN", Set.of("teacher")));
        // a professional disagreement the teacher (school) raised with housing
        LocalDate by = LocalDate.of(2026, 3, 30);
        rows.add(new Row("EscalationRaised", false, f -> new EscalationRaisedV1(f, AREA, UUID.randomUUID(), 1, by, "teacher", "school",
                "housing", LocalDate.of(2026, 3, 23)), "ESCALATION_RAISED", Set.of("hal", "housing-manager", "team:early-help-team")));
        rows.add(new Row("EscalationResponded", false, f -> new EscalationRespondedV1(f, AREA, UUID.randomUUID(), 1, "teacher", "school",
                "housing", "hal", LocalDate.of(2026, 3, 25)), "ESCALATION_RESPONDED", Set.of("teacher", "team:early-help-team")));
        rows.add(new Row("EscalationEscalated (stage 2)", false, f -> new EscalationEscalatedV1(f, AREA, UUID.randomUUID(), 2, by, "teacher",
                "school", "housing", "teacher", "safeguarding-partnership", LocalDate.of(2026, 3, 23)), "ESCALATION_ESCALATED",
                Set.of("school-manager", "teacher", "hal", "housing-manager", "team:early-help-team")));
        rows.add(new Row("EscalationEscalated (stage 3)", false, f -> new EscalationEscalatedV1(f, AREA, UUID.randomUUID(), 3, by, "teacher",
                "school", "housing", "smgr", "safeguarding-partnership", LocalDate.of(2026, 3, 23)), "ESCALATION_ESCALATED",
                Set.of("partnership", "teacher", "hal", "housing-manager", "team:early-help-team")));
        rows.add(new Row("EscalationResolved", false, f -> new EscalationResolvedV1(f, AREA, UUID.randomUUID(), 2, "teacher", "school",
                "housing", "hmgr", LocalDate.of(2026, 3, 27)), "ESCALATION_RESOLVED",
                Set.of("teacher", "hal", "housing-manager", "team:early-help-team")));
        rows.add(new Row("EscalationResponseDueSoon (stage 1)", false, f -> new EscalationResponseDueSoonV1(f, AREA, UUID.randomUUID(), 1, by,
                "teacher", "school", "housing", "safeguarding-partnership", LocalDate.of(2026, 3, 27)), "ESCALATION_RESPONSE_DUE_SOON",
                Set.of("hal", "housing-manager")));
        rows.add(new Row("EscalationResponseDueSoon (stage 2)", false, f -> new EscalationResponseDueSoonV1(f, AREA, UUID.randomUUID(), 2, by,
                "teacher", "school", "housing", "safeguarding-partnership", LocalDate.of(2026, 3, 27)), "ESCALATION_RESPONSE_DUE_SOON",
                Set.of("housing-manager")));
        rows.add(new Row("EscalationOverdue (stage 3)", false, f -> new EscalationOverdueV1(f, AREA, UUID.randomUUID(), 3, by,
                "teacher", "school", "housing", "safeguarding-partnership", LocalDate.of(2026, 3, 31)), "ESCALATION_OVERDUE",
                Set.of("hal", "housing-manager", "partnership", "teacher", "team:early-help-team")));
        // the family's record (issue 19): a share without consent for a manager's agreement, help declined, universal services
        rows.add(new Row("SharingApprovalRequested", false, f -> new SharingApprovalRequestedV1(f, AREA, UUID.randomUUID(), "SIGNIFICANT_HARM",
                "smgr", "teacher", LocalDate.of(2026, 3, 23)), "SHARING_APPROVAL_REQUESTED", Set.of("school-manager")));
        rows.add(new Row("SharingDecisionApproved", false, f -> new SharingDecisionApprovedV1(f, AREA, UUID.randomUUID(), "SIGNIFICANT_HARM",
                "smgr", "teacher", LocalDate.of(2026, 3, 23)), "SHARING_APPROVED", Set.of("teacher")));
        rows.add(new Row("SharingDecisionRefused", false, f -> new SharingDecisionRefusedV1(f, AREA, UUID.randomUUID(), "LEGAL_DUTY",
                "smgr", "teacher", LocalDate.of(2026, 3, 23)), "SHARING_REFUSED", Set.of("teacher")));
        rows.add(new Row("ConsentRefused", false, f -> new ConsentRefusedV1(f, AREA, UUID.randomUUID(), UUID.randomUUID(),
                LocalDate.of(2026, 3, 20), 2, "teacher"), "HELP_DECLINED", Set.of("team:early-help-team")));
        rows.add(new Row("UniversalServicesSignposted", false, f -> new UniversalServicesSignpostedV1(f, AREA, UUID.randomUUID(), "teacher",
                3, LocalDate.of(2026, 3, 20)), "UNIVERSAL_SERVICES_SIGNPOSTED", Set.of("teacher", "team:early-help-team")));
        return rows.stream().map(Arguments::of);
    }

    @Inject
    ObjectMapper json;

    void publish(UUID family, FamilyEvent event) throws Exception {
        EventType type = EventType.of(event.getClass());
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send(type.topic(), family.toString(), UUID.randomUUID().toString(), type.cloudEventType(), json.writeValueAsString(event));
        }
    }

    List<String> typesFor(String person, UUID family) {
        return given().auth().oauth2(PEOPLE.get(person)).queryParam("familyId", family).queryParam("size", 200).get("/api/notifications")
                .then().statusCode(200).extract().path("items.type");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachEventReachesExactlyTheInboxesOfTheTable(Row row) throws Exception {
        UUID family = UUID.randomUUID();
        if (row.planFirst()) {
            publish(family, new PlanOpenedV1(family, AREA, plan(family), "STEP_DOWN", UUID.randomUUID(), TEACHER, List.of("hal"),
                    LocalDate.of(2026, 3, 22), false));
            await().atMost(Duration.ofSeconds(15)).until(() -> typesFor("teacher", family).contains("PLAN_OPENED"));
        }
        publish(family, row.event().apply(family));
        String someone = row.recipients().iterator().next();
        await().atMost(Duration.ofSeconds(15)).until(() -> typesFor(someone, family).contains(row.type()));
        // one transaction wrote every recipient's copy: once one is there, all are
        for (String person : PEOPLE.keySet()) {
            List<String> types = typesFor(person, family);
            List<String> messages = given().auth().oauth2(PEOPLE.get(person)).queryParam("familyId", family).get("/api/notifications")
                    .then().extract().path("items.message");
            assertThat(messages).as("no names in what " + person + " reads").noneMatch(m -> m.contains("Tess") || m.contains("Hannah"));
            if (row.recipients().contains(person)) {
                assertThat(types).as(person + " is told").containsOnlyOnce(row.type());
            } else {
                assertThat(types).as(person + " is not told").doesNotContain(row.type());
            }
        }
    }
}
