package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Families as a journey starts them: registered through the gateway by the practitioner who holds the token. */
final class Families {

    record Family(String id, String child, String parent) {
    }

    /** One child and one parent in the Isle of Wight, under a surname no other run uses. */
    static Family register(String token) {
        String surname = "E2e" + System.nanoTime();
        ExtractableResponse<Response> family = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"area": "isle-of-wight", "familyName": "%s", "postcode": "PO30 1UD", "members": [
                  {"givenName": "Amy", "familyName": "%s", "dateOfBirth": "2015-03-02", "role": "CHILD"},
                  {"givenName": "Beth", "familyName": "%s", "dateOfBirth": "1988-07-02", "role": "PARENT"}]}
                """.formatted(surname, surname, surname)).post("/api/families").then().statusCode(201).extract();
        return new Family(family.path("id"), family.path("members[0].id"), family.path("members[1].id"));
    }

    /** The parent's written consent for the child, sharing with {@code agency}. */
    static void consentNaming(String token, Family family, String agency) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT", "INFORMATION_SHARING"],
                 "sharedWithAgencies": ["%s"], "method": "WRITTEN", "givenOn": "2026-12-01"}""".formatted(family.parent(), family.child(), agency))
                .post("/api/families/{id}/consents", family.id()).then().statusCode(201);
    }

    private Families() {
    }
}
