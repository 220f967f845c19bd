package org.earlyhelp.assessment;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.platform.time.RecordedDates;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Calls as a partner system would make them, for the service tests. */
public final class Api {

    /** How many days before today {@link #consent} dates the family's consent: room for back-dated records after it. */
    public static final int CONSENT_DAYS_AGO = 30;

    /** Today (Europe/London) by the platform clock of the service under test: the Clock bean, which the suite may move. */
    public static LocalDate today() {
        return RecordedDates.today(Arc.container().instance(Clock.class).get());
    }

    /** A family registered by this token's user: {@code ids.get(0)} the family, then the child, then the parent. */
    public static List<String> registerFamily(String token) {
        String surname = "Test" + UUID.randomUUID().toString().substring(0, 8);
        ValidatableResponse r = given().auth().oauth2(token).contentType(ContentType.JSON).body(familyBody(surname, null))
                .post("/api/families").then().statusCode(201);
        return List.of(r.extract().path("id"), r.extract().path("members[0].id"), r.extract().path("members[1].id"));
    }

    public static String familyBody(String surname, String childNhs) {
        int day = 1 + Math.floorMod(surname.hashCode(), 27);
        return """
                {"area": "isle-of-wight", "familyName": "%s", "postcode": "po30 1ud",
                 "members": [
                   {"givenName": "Amy", "familyName": "%s", "dateOfBirth": "2015-03-%02d", "role": "CHILD"%s},
                   {"givenName": "Beth", "familyName": "%s", "dateOfBirth": "1988-07-%02d", "role": "PARENT"}
                 ]}
                """.formatted(surname, surname, day, childNhs == null ? "" : ", \"nhsNumber\": \"" + childNhs + "\"", surname, day);
    }

    /** A consent given {@value #CONSENT_DAYS_AGO} days before today. @return its id */
    public static String consent(String token, String familyId, String parentId, String childId, String purposes, String agencies) {
        return consent(token, familyId, parentId, childId, purposes, agencies, today().minusDays(CONSENT_DAYS_AGO));
    }

    public static String consent(String token, String familyId, String parentId, String childId, String purposes, String agencies,
            LocalDate givenOn) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": [%s], "sharedWithAgencies": [%s],
                 "method": "WRITTEN", "givenOn": "%s"}
                """.formatted(parentId, childId, purposes, agencies, givenOn))
                .post("/api/families/{id}/consents", familyId).then().statusCode(201).extract().path("id");
    }

    public static String startAssessment(String token, String familyId, String childId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "childMemberIds": ["%s"],
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"},
                 "reasonForAssessment": "Attendance has fallen since September"}
                """.formatted(familyId, childId))
                .post("/api/assessments").then().statusCode(201).extract().path("id");
    }

    public static String completePatch(String childId, String parentId) {
        return """
                {"childrensVoice": [{"memberId": "%s", "wishesAndFeelings": "Amy wants to see her friends at school"}],
                 "familyViews": "Mornings are a battle",
                 "factors": {"protective": "Loving grandparents", "presenting": "Late most days", "precipitating": "New baby",
                             "perpetuating": "No routine", "predisposing": "Mum's low mood", "predicting": "Exclusion risk"},
                 "domains": {"childDevelopment": "On track", "parentingCapacity": "Stretched", "familyAndEnvironment": "Damp flat"},
                 "needs": [{"memberId": "%s", "indicator": "PERSISTENT_ABSENCE", "description": "Attendance 78 percent"},
                           {"memberId": "%s", "indicator": "PARENTAL_MENTAL_HEALTH", "description": "Low mood since the birth"}],
                 "strengths": "Close family", "levelOfNeed": "TARGETED", "contributingAgencies": ["school", "health"]}
                """.formatted(childId, childId, parentId);
    }

    /**
     * An expectant family registered by this token's user: {@code ids.get(0)} the family, then the unborn child (expected
     * in three months, no name), then the expectant mother.
     */
    public static List<String> registerExpectantFamily(String token) {
        String surname = "Test" + UUID.randomUUID().toString().substring(0, 8);
        ValidatableResponse r = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"area": "isle-of-wight", "familyName": "%s", "postcode": "po30 1ud",
                 "members": [
                   {"role": "UNBORN", "expectedDateOfBirth": "%s"},
                   {"givenName": "Beth", "familyName": "%s", "dateOfBirth": "1994-07-%02d", "role": "PARENT"}
                 ]}
                """.formatted(surname, today().plusMonths(3), surname, 1 + Math.floorMod(surname.hashCode(), 27)))
                .post("/api/families").then().statusCode(201);
        return List.of(r.extract().path("id"), r.extract().path("members[0].id"), r.extract().path("members[1].id"));
    }

    /** A decision by this token's user to share with the police on SIGNIFICANT_HARM, awaiting the manager "manager". @return its id */
    public static String pendingSharingDecision(String token, String familyId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"shared": true, "ground": "SIGNIFICANT_HARM", "what": "The assessment", "withWhom": "Police",
                 "reason": "Bruising seen at school", "managerUserId": "manager"}""")
                .post("/api/families/{id}/sharing-decisions", familyId).then().statusCode(201).extract().path("id");
    }

    private Api() {
    }
}
