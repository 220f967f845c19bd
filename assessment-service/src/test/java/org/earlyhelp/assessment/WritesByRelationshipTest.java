package org.earlyhelp.assessment;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every assessment-service write that names a family, against every kind of caller, on a family of their area that the
 * teacher registered and whose consent names health, and on a family no service has heard of. Each case runs on
 * records of its own. Access flows from the family: seeing it comes first (404 otherwise), then the role (403).
 */
@QuarkusTest
class WritesByRelationshipTest {

    enum Who {
        REGISTRANT, CONSENTED_AGENCY, UNRELATED_PRACTITIONER, EARLY_HELP_TEAM, OTHER_AREAS_EARLY_HELP_TEAM, SOCIAL_WORKER_NOT_INVOLVED,
        PARTNER_SYSTEM_NOT_NAMED, AUDITOR, MANAGER, NO_TOKEN;

        String token() {
            return switch (this) {
                case REGISTRANT -> TestTokens.teacher();
                case CONSENTED_AGENCY -> TestTokens.healthVisitor();
                case UNRELATED_PRACTITIONER -> TestTokens.stranger();
                case EARLY_HELP_TEAM -> TestTokens.earlyHelpTeam();
                case OTHER_AREAS_EARLY_HELP_TEAM -> TestTokens.token("eh-hants", "hampshire", "early-help", "early-help-team");
                case SOCIAL_WORKER_NOT_INVOLVED -> TestTokens.socialWorker();
                case PARTNER_SYSTEM_NOT_NAMED -> TestTokens.token("service-account-police", TestTokens.DEFAULT_AREA, "police", "partner-system");
                case AUDITOR -> TestTokens.auditor();
                case MANAGER -> TestTokens.token("manager", TestTokens.DEFAULT_AREA, "early-help", "manager");
                case NO_TOKEN -> null;
            };
        }
    }

    enum Family {
        KNOWN, UNKNOWN
    }

    /**
     * A family of its own for the case: ids of the family, child, parent, a consent, a draft assessment, an unborn member and a
     * sharing decision awaiting the manager "manager" (all made by the teacher).
     */
    record Records(String family, String child, String parent, String consent, String assessment, String unborn, String decision) {
        static Records of(Family kind) {
            if (kind == Family.UNKNOWN) {
                String none = UUID.randomUUID().toString();
                return new Records(none, UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                        UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
            }
            List<String> ids = Api.registerFamily(TestTokens.teacher());
            String consent = Api.consent(TestTokens.teacher(), ids.get(0), ids.get(2), ids.get(1), "\"ASSESSMENT\", \"INFORMATION_SHARING\"",
                    "\"health\"");
            String assessment = Api.startAssessment(TestTokens.teacher(), ids.get(0), ids.get(1));
            String unborn = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                    .body("{\"role\": \"UNBORN\", \"expectedDateOfBirth\": \"%s\"}".formatted(Api.today().plusMonths(2)))
                    .post("/api/families/{id}/members", ids.get(0)).then().statusCode(201).extract().path("id");
            String decision = Api.pendingSharingDecision(TestTokens.teacher(), ids.get(0));
            return new Records(ids.get(0), ids.get(1), ids.get(2), consent, assessment, unborn, decision);
        }
    }

    record Endpoint(String name, String method, String path, int success) {
        String path(Records r) {
            return path.replace("{family}", r.family()).replace("{consent}", r.consent()).replace("{assessment}", r.assessment())
                    .replace("{unborn}", r.unborn()).replace("{decision}", r.decision());
        }

        String body(Records r) {
            return switch (name) {
                case "add member" -> """
                        {"givenName": "Cal", "familyName": "M%s", "dateOfBirth": "2019-05-06", "role": "CHILD"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8));
                case "record consent" -> """
                        {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT"], "sharedWithAgencies": ["police"],
                         "method": "VERBAL", "givenOn": "%s"}""".formatted(r.parent(), r.child(), Api.today().minusDays(20));
                case "withdraw consent" -> "{\"withdrawnOn\": \"%s\", \"reason\": \"Moved\"}".formatted(Api.today().minusDays(10));
                case "sharing decision" -> """
                        {"shared": true, "withConsent": false, "ground": "LEGAL_DUTY", "what": "Attendance", "withWhom": "housing",
                         "reason": "Risk of eviction", "managerUserId": "manager"}""";
                case "sharing approval" -> "{\"approved\": true, \"note\": \"Proportionate\"}";
                case "record birth" -> "{\"dateOfBirth\": \"%s\", \"givenName\": \"Cara\"}".formatted(Api.today());
                case "consent refusal" -> """
                        {"refusedByMemberId": "%s", "refusedOn": "%s", "reasons": "We manage", "universalServicesOffered": ["Children's centre"],
                         "toldDataIsRecorded": true}""".formatted(r.parent(), Api.today().minusDays(1));
                case "start assessment" -> """
                        {"familyId": "%s", "childMemberIds": ["%s"], "reasonForAssessment": "Attendance",
                         "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"}}"""
                        .formatted(r.family(), r.child());
                case "revise assessment" -> "{\"familyViews\": \"Mornings are hard\"}";
                case "complete assessment" -> "{\"completedOn\": \"%s\"}".formatted(Api.today().minusDays(5));
                default -> throw new IllegalArgumentException(name);
            };
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("add member", "POST", "/api/families/{family}/members", 201),
            new Endpoint("record consent", "POST", "/api/families/{family}/consents", 201),
            new Endpoint("withdraw consent", "POST", "/api/families/{family}/consents/{consent}/withdrawal", 200),
            new Endpoint("sharing decision", "POST", "/api/families/{family}/sharing-decisions", 201),
            new Endpoint("sharing approval", "POST", "/api/families/{family}/sharing-decisions/{decision}/approval", 200),
            new Endpoint("record birth", "POST", "/api/families/{family}/members/{unborn}/birth", 200),
            new Endpoint("consent refusal", "POST", "/api/families/{family}/consent-refusals", 201),
            new Endpoint("start assessment", "POST", "/api/assessments", 201),
            new Endpoint("revise assessment", "PATCH", "/api/assessments/{assessment}", 200),
            new Endpoint("complete assessment", "POST", "/api/assessments/{assessment}/completion", 422));

    /** Roles that may write here at all; everyone else is 403 whatever the family. */
    static final Map<Who, Boolean> WRITES = new EnumMap<>(Map.of(Who.REGISTRANT, true, Who.CONSENTED_AGENCY, true,
            Who.UNRELATED_PRACTITIONER, true, Who.EARLY_HELP_TEAM, true, Who.OTHER_AREAS_EARLY_HELP_TEAM, true,
            Who.SOCIAL_WORKER_NOT_INVOLVED, true, Who.PARTNER_SYSTEM_NOT_NAMED, true));

    /** The rules, as a table. */
    static int expected(Endpoint endpoint, Who who, Family family) {
        if (who == Who.NO_TOKEN) {
            return 401;
        }
        boolean sees = family == Family.KNOWN && (who == Who.REGISTRANT || who == Who.CONSENTED_AGENCY || who == Who.EARLY_HELP_TEAM);
        if (endpoint.name().equals("sharing approval")) {
            // a manager of the area answers for any family of the area; whoever else sees the family (the requester too) is 403
            if (who == Who.AUDITOR) {
                return 403;
            }
            if (who == Who.MANAGER) {
                return family == Family.KNOWN ? endpoint.success() : 404;
            }
            return sees ? 403 : 404;
        }
        boolean assessmentWrite = endpoint.path().startsWith("/api/assessments");
        if (!WRITES.containsKey(who) || (assessmentWrite && who == Who.PARTNER_SYSTEM_NOT_NAMED)) {
            return 403; // auditors and managers never write here; partner systems do not assess
        }
        if (!sees) {
            return 404; // unknown, or not theirs: nothing written, no event
        }
        return switch (endpoint.name()) {
            // the teacher leads the assessment: the early help team may revise it, the consented agency may not; only the lead signs off
            case "revise assessment" -> who == Who.CONSENTED_AGENCY ? 403 : endpoint.success();
            case "complete assessment" -> who == Who.REGISTRANT ? endpoint.success() : 403;
            default -> endpoint.success();
        };
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Family family : Family.values()) {
                for (Who who : Who.values()) {
                    cases.add(Arguments.of(endpoint, family, who, expected(endpoint, who, family)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on a {1} family as {2} -> {3}")
    @MethodSource("cases")
    void eachWriteAnswersEachCallerByTheirRelationshipToTheFamily(Endpoint endpoint, Family family, Who who, int expectedStatus) {
        Records records = Records.of(family);
        RequestSpecification request = given().contentType(ContentType.JSON).body(endpoint.body(records));
        if (who.token() != null) {
            request = request.auth().oauth2(who.token());
        }
        request.request(endpoint.method(), endpoint.path(records)).then().statusCode(expectedStatus);
    }
}
