package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;

/** A user's notifications about one plan, through the gateway. */
final class Inbox {

    /** The types of the caller's notifications about the plan, one entry per notification. */
    static List<String> typesFor(String token, String planId) {
        return given().auth().oauth2(token).queryParam("size", 200).get("/api/notifications").then().statusCode(200)
                .extract().path("items.findAll { it.planId == '%s' }.type".formatted(planId));
    }

    private Inbox() {
    }
}
