package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.earlyhelp.events.assessment.ConsentRecordedV1;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every referral-service endpoint against every kind of caller, each case on records of its own.
 * The family's consent names the school and health, so the teacher (who refers) and the health
 * visitor are in its circle; the police practitioner is not. The tables below are the rules.
 */
@QuarkusTest
class ReferralEndpointsByRoleTest {

    enum Who {
        TEACHER, HEALTH_VISITOR, UNRELATED_PRACTITIONER, EARLY_HELP_TEAM, OTHER_AREAS_EARLY_HELP_TEAM, SOCIAL_WORKER,
        OTHER_SOCIAL_WORKER, CSC_PARTNER_SYSTEM, SCHOOL_PARTNER_SYSTEM, MANAGER, AUDITOR, ADMIN, NO_TOKEN;

        String token() {
            String area = TestTokens.DEFAULT_AREA;
            return switch (this) {
                case TEACHER -> TestTokens.teacher();
                case HEALTH_VISITOR -> TestTokens.healthVisitor();
                case UNRELATED_PRACTITIONER -> TestTokens.stranger();
                case EARLY_HELP_TEAM -> TestTokens.earlyHelpTeam();
                case OTHER_AREAS_EARLY_HELP_TEAM -> TestTokens.token("eh-hants", "hampshire", "early-help", "early-help-team");
                case SOCIAL_WORKER -> TestTokens.socialWorker();
                case OTHER_SOCIAL_WORKER -> TestTokens.token("sw2", area, "childrens-social-care", "social-worker");
                case CSC_PARTNER_SYSTEM -> TestTokens.token("service-account-csc", area, "childrens-social-care", "partner-system");
                case SCHOOL_PARTNER_SYSTEM -> TestTokens.partnerSystem();
                case MANAGER -> TestTokens.token("manager", area, "early-help", "manager");
                case AUDITOR -> TestTokens.auditor();
                case ADMIN -> TestTokens.token("admin", area, "council", "admin");
                case NO_TOKEN -> null;
            };
        }
    }

    static final UUID FAMILY = UUID.randomUUID();
    /** A family of the area registered by someone none of the callers is (only the area's early help team sees it). */
    static final UUID UNSEEN_FAMILY = UUID.randomUUID();
    /** A family of the area that only early help knows: no referral about it reached CSC, CSC did not register it. */
    static final UUID FAMILY_CSC_DOES_NOT_SEE = UUID.randomUUID();
    /** A family no service has heard of. */
    static final UUID UNKNOWN_FAMILY = UUID.randomUUID();
    static final String SUBMISSION = "{\"concerns\": \"Written after the review\", \"significantHarm\": false, \"familyConsented\": true}";
    /** Dated {@code %1$s}: today, and {@code %2$s}: a week from today, by the platform clock (see {@link #body(String)}). */
    static final String DECISION = "{\"decision\": \"NO_FURTHER_ACTION\", \"decidedOn\": \"%1$s\", \"earlyHelpContinues\": true}";
    static final String STEP_DOWN = """
            {"familyId": "%s", "childMemberIds": ["%s"], "cscCaseReference": "CIN-1", "socialWorker": {"userId": "sw", "name": "Sam Social"},
             "reason": "Plan ending", "familyConsented": true,
             "proposedLeadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"},
             "warmHandoverOn": "%%2$s", "goalsCarriedOver": []}""".formatted(FAMILY, UUID.randomUUID());

    /** What each caller gets; anyone not named gets 403, and no token is always 401. */
    static final Map<String, Map<Who, Integer>> RULES = Map.ofEntries(
            Map.entry("POST /api/referrals", answers(201, Who.TEACHER, Who.HEALTH_VISITOR, Who.EARLY_HELP_TEAM, Who.SCHOOL_PARTNER_SYSTEM)
                    .and(404, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM, Who.CSC_PARTNER_SYSTEM)),
            Map.entry("GET /api/referrals", answers(200, Who.TEACHER, Who.HEALTH_VISITOR, Who.UNRELATED_PRACTITIONER, Who.EARLY_HELP_TEAM,
                    Who.OTHER_AREAS_EARLY_HELP_TEAM, Who.SOCIAL_WORKER, Who.OTHER_SOCIAL_WORKER, Who.CSC_PARTNER_SYSTEM, Who.SCHOOL_PARTNER_SYSTEM)),
            Map.entry("GET /api/referrals/{submitted}", answers(200, Who.TEACHER, Who.HEALTH_VISITOR, Who.EARLY_HELP_TEAM, Who.SOCIAL_WORKER,
                    Who.OTHER_SOCIAL_WORKER, Who.CSC_PARTNER_SYSTEM, Who.SCHOOL_PARTNER_SYSTEM)
                    .and(404, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM)),
            Map.entry("GET /api/referrals/{draft}", answers(200, Who.TEACHER, Who.EARLY_HELP_TEAM)
                    .and(404, Who.HEALTH_VISITOR, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM, Who.SOCIAL_WORKER,
                            Who.OTHER_SOCIAL_WORKER, Who.CSC_PARTNER_SYSTEM, Who.SCHOOL_PARTNER_SYSTEM)),
            Map.entry("POST /api/referrals/{draft}/submission", answers(200, Who.TEACHER, Who.EARLY_HELP_TEAM)
                    .and(404, Who.HEALTH_VISITOR, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM)),
            Map.entry("POST /api/referrals/{submitted}/decision", answers(200, Who.SOCIAL_WORKER, Who.OTHER_SOCIAL_WORKER, Who.CSC_PARTNER_SYSTEM)),
            Map.entry("POST /api/referrals [unseen family]", answers(201, Who.EARLY_HELP_TEAM)
                    .and(404, Who.TEACHER, Who.HEALTH_VISITOR, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM,
                            Who.CSC_PARTNER_SYSTEM, Who.SCHOOL_PARTNER_SYSTEM)),
            Map.entry("POST /api/referrals [unknown family]", answers(404, Who.TEACHER, Who.HEALTH_VISITOR, Who.UNRELATED_PRACTITIONER,
                    Who.EARLY_HELP_TEAM, Who.OTHER_AREAS_EARLY_HELP_TEAM, Who.CSC_PARTNER_SYSTEM, Who.SCHOOL_PARTNER_SYSTEM)),
            Map.entry("POST /api/step-downs", answers(201, Who.SOCIAL_WORKER, Who.OTHER_SOCIAL_WORKER)),
            Map.entry("POST /api/step-downs [unseen family]", answers(404, Who.SOCIAL_WORKER, Who.OTHER_SOCIAL_WORKER)),
            Map.entry("POST /api/step-downs [unknown family]", answers(404, Who.SOCIAL_WORKER, Who.OTHER_SOCIAL_WORKER)),
            Map.entry("GET /api/step-downs", answers(200, Who.TEACHER, Who.HEALTH_VISITOR, Who.UNRELATED_PRACTITIONER, Who.EARLY_HELP_TEAM,
                    Who.OTHER_AREAS_EARLY_HELP_TEAM, Who.SOCIAL_WORKER, Who.OTHER_SOCIAL_WORKER)),
            Map.entry("GET /api/step-downs/{proposed}", answers(200, Who.TEACHER, Who.EARLY_HELP_TEAM, Who.SOCIAL_WORKER)
                    .and(404, Who.HEALTH_VISITOR, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM, Who.OTHER_SOCIAL_WORKER)),
            Map.entry("POST /api/step-downs/{proposed}/acceptance", answers(200, Who.TEACHER, Who.EARLY_HELP_TEAM)
                    .and(404, Who.HEALTH_VISITOR, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM)),
            Map.entry("POST /api/step-downs/{proposed}/decline", answers(200, Who.TEACHER, Who.EARLY_HELP_TEAM)
                    .and(404, Who.HEALTH_VISITOR, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM)),
            Map.entry("POST /api/step-downs/{proposed}/withdrawal", answers(200, Who.SOCIAL_WORKER).and(404, Who.OTHER_SOCIAL_WORKER)),
            // professional disagreements: {escalation} is the teacher's with health, raised 30 days ago and unanswered
            Map.entry("POST /api/escalations", answers(201, Who.TEACHER, Who.HEALTH_VISITOR, Who.EARLY_HELP_TEAM, Who.SOCIAL_WORKER,
                    Who.OTHER_SOCIAL_WORKER).and(404, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM)),
            Map.entry("POST /api/escalations [unseen family]", answers(201, Who.EARLY_HELP_TEAM)
                    .and(404, Who.TEACHER, Who.HEALTH_VISITOR, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM,
                            Who.SOCIAL_WORKER, Who.OTHER_SOCIAL_WORKER)),
            Map.entry("GET /api/escalations", answers(200, Who.TEACHER, Who.HEALTH_VISITOR, Who.UNRELATED_PRACTITIONER, Who.EARLY_HELP_TEAM,
                    Who.OTHER_AREAS_EARLY_HELP_TEAM, Who.SOCIAL_WORKER, Who.OTHER_SOCIAL_WORKER, Who.MANAGER)),
            Map.entry("GET /api/escalations/{escalation}", answers(200, Who.TEACHER, Who.HEALTH_VISITOR, Who.EARLY_HELP_TEAM,
                    Who.SOCIAL_WORKER, Who.OTHER_SOCIAL_WORKER).and(404, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM, Who.MANAGER)),
            Map.entry("POST /api/escalations/{escalation}/response", answers(200, Who.HEALTH_VISITOR, Who.EARLY_HELP_TEAM)
                    .and(404, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM, Who.MANAGER)),
            Map.entry("POST /api/escalations/{escalation}/escalation", answers(200, Who.TEACHER, Who.HEALTH_VISITOR)
                    .and(404, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM, Who.MANAGER)),
            Map.entry("POST /api/escalations/{escalation}/resolution", answers(200, Who.TEACHER, Who.HEALTH_VISITOR, Who.EARLY_HELP_TEAM)
                    .and(404, Who.UNRELATED_PRACTITIONER, Who.OTHER_AREAS_EARLY_HELP_TEAM, Who.MANAGER)));

    static final String ESCALATION = """
            {"familyId": "%s", "withAgency": "housing", "concern": "Housing has not replied about the repairs",
             "desiredOutcome": "A date for the repairs"}""";

    static final String REFERRAL = """
            {"familyId": "%s", "childMemberIds": ["%s"], "concerns": "Concerns", "significantHarm": false, "familyConsented": true}""";

    /** The bodies, with templates: {@code %1$s} today, {@code %2$s} a week from today (a planned warm handover). */
    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("POST /api/referrals", REFERRAL.formatted(FAMILY, UUID.randomUUID())),
            Map.entry("POST /api/referrals [unseen family]", REFERRAL.formatted(UNSEEN_FAMILY, UUID.randomUUID())),
            Map.entry("POST /api/referrals [unknown family]", REFERRAL.formatted(UNKNOWN_FAMILY, UUID.randomUUID())),
            Map.entry("POST /api/step-downs [unseen family]", STEP_DOWN.replace(FAMILY.toString(), FAMILY_CSC_DOES_NOT_SEE.toString())),
            Map.entry("POST /api/step-downs [unknown family]", STEP_DOWN.replace(FAMILY.toString(), UNKNOWN_FAMILY.toString())),
            Map.entry("POST /api/referrals/{draft}/submission", SUBMISSION),
            Map.entry("POST /api/referrals/{submitted}/decision", DECISION),
            Map.entry("POST /api/step-downs", STEP_DOWN),
            Map.entry("POST /api/step-downs/{proposed}/acceptance", "{\"acceptedOn\": \"%1$s\"}"),
            Map.entry("POST /api/step-downs/{proposed}/decline", "{\"declinedOn\": \"%1$s\", \"reason\": \"No capacity\"}"),
            Map.entry("POST /api/step-downs/{proposed}/withdrawal", "{\"withdrawnOn\": \"%1$s\", \"reason\": \"Moved away\"}"),
            Map.entry("POST /api/escalations", ESCALATION.formatted(FAMILY)),
            Map.entry("POST /api/escalations [unseen family]", ESCALATION.formatted(UNSEEN_FAMILY)),
            Map.entry("POST /api/escalations/{escalation}/response", "{\"response\": \"Repairs booked\"}"),
            Map.entry("POST /api/escalations/{escalation}/escalation", "{\"reason\": \"No answer in time\"}"),
            Map.entry("POST /api/escalations/{escalation}/resolution", "{\"resolution\": \"Agreed a date\"}"));

    /** A body dated by the platform clock: today (recorded dates) and a week from today (the planned warm handover). */
    String body(String endpoint) {
        LocalDate today = RecordedDates.today(clock);
        return BODIES.get(endpoint).formatted(today, today.plusWeeks(1));
    }

    static final class Answers extends EnumMap<Who, Integer> {
        Answers() {
            super(Who.class);
        }

        Answers and(int status, Who... callers) {
            for (Who who : callers) {
                put(who, status);
            }
            return this;
        }
    }

    static Answers answers(int status, Who... callers) {
        return new Answers().and(status, callers);
    }

    static int expected(String endpoint, Who who) {
        return who == Who.NO_TOKEN ? 401 : RULES.get(endpoint).getOrDefault(who, 403);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        RULES.keySet().stream().sorted().forEach(endpoint -> {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(endpoint, who, expected(endpoint, who)));
            }
        });
        return cases.stream();
    }

    @Inject
    ObjectMapper json;
    @Inject
    FamilyCircle circle;
    @Inject
    Clock clock;

    /**
     * The family's consent names the school and health, and the teacher's referral brought it to CSC: once per run,
     * waited for until the circle knows it. The unseen family was registered by a housing officer.
     */
    @BeforeEach
    void familyKnownToSchoolHealthAndCsc() throws Exception {
        Caller health = new Caller("hv", TestTokens.DEFAULT_AREA, "health", java.util.Set.of("practitioner"));
        if (inCircle(health)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> circle.addUsers(TestTokens.DEFAULT_AREA, UNSEEN_FAMILY, List.of("housing-officer"),
                UNSEEN_FAMILY));
        QuarkusTransaction.requiringNew().run(() -> circle.addUsers(TestTokens.DEFAULT_AREA, FAMILY_CSC_DOES_NOT_SEE, List.of("teacher"),
                FAMILY_CSC_DOES_NOT_SEE));
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.assessment.events", FAMILY.toString(), UUID.randomUUID().toString(), "earlyhelp.assessment.consent-recorded.v1",
                    json.writeValueAsString(new ConsentRecordedV1(FAMILY, TestTokens.DEFAULT_AREA, UUID.randomUUID(), List.of(UUID.randomUUID()),
                            List.of("ASSESSMENT", "INFORMATION_SHARING"), List.of("school", "health"), "WRITTEN", RecordedDates.today(clock).minusDays(30))));
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> inCircle(health));
        submittedReferral();
    }

    boolean inCircle(Caller caller) {
        return QuarkusTransaction.requiringNew().call(() -> circle.includes(caller, TestTokens.DEFAULT_AREA, FAMILY));
    }

    String submittedReferral() {
        return given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body("POST /api/referrals"))
                .post("/api/referrals").then().statusCode(201).extract().path("id");
    }

    String draftReferral() throws Exception {
        UUID plan = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.plan.events", FAMILY.toString(), UUID.randomUUID().toString(), "earlyhelp.plan.review-held.v1",
                    json.writeValueAsString(new ReviewHeldV1(FAMILY, TestTokens.DEFAULT_AREA, plan, UUID.randomUUID(),
                            RecordedDates.today(clock), "STEP_UP", "teacher", List.of(UUID.randomUUID()))));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher()).queryParam("planId", plan)
                .get("/api/referrals").then().body("total", equalTo(1)));
        return given().auth().oauth2(TestTokens.teacher()).queryParam("planId", plan).get("/api/referrals").then().extract().path("items[0].id");
    }

    String proposedStepDown() {
        return given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body(body("POST /api/step-downs")).post("/api/step-downs")
                .then().statusCode(201).extract().path("id");
    }

    /** The teacher's disagreement with health about the family, raised 30 days ago and never answered. */
    String overdueEscalation() {
        String body = """
                {"familyId": "%s", "withAgency": "health", "concern": "No reply", "desiredOutcome": "A reply", "raisedOn": "%s"}"""
                .formatted(FAMILY, RecordedDates.today(clock).minusDays(30));
        return given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body).post("/api/escalations")
                .then().statusCode(201).extract().path("id");
    }

    String resolve(String endpoint) throws Exception {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll(" \\[.*\\]$", "");
        if (path.contains("{submitted}")) {
            return path.replace("{submitted}", submittedReferral());
        }
        if (path.contains("{draft}")) {
            return path.replace("{draft}", draftReferral());
        }
        if (path.contains("{proposed}")) {
            return path.replace("{proposed}", proposedStepDown());
        }
        if (path.contains("{escalation}")) {
            return path.replace("{escalation}", overdueEscalation());
        }
        return path;
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cases")
    void eachEndpointAnswersEachCallerByTheAccessRules(String endpoint, Who who, int expectedStatus) throws Exception {
        String path = resolve(endpoint);
        RequestSpecification request = given().contentType(ContentType.JSON);
        if (who.token() != null) {
            request = request.auth().oauth2(who.token());
        }
        if (BODIES.containsKey(endpoint)) {
            request = request.body(body(endpoint));
        }
        request.request(endpoint.substring(0, endpoint.indexOf(' ')), path).then().statusCode(expectedStatus);
    }
}
