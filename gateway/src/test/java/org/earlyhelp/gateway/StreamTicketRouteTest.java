package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The one exception to "no token, no entry": a browser's EventSource opening the notification stream with a stream ticket.
 * notification-service (a closed port in these tests, so 503 "down") checks the ticket; the gateway lets exactly that
 * request through, and nothing that merely looks like it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StubServices.class)
class StreamTicketRouteTest {

    @Test
    @DisplayName("GET /api/notifications/stream?ticket=... without a token passes the gateway to notification-service, which checks the ticket")
    void aTicketOpensTheStreamRouteOnly() {
        given().queryParam("ticket", "some-ticket").get("/api/notifications/stream")
                .then().statusCode(503).contentType("application/problem+json").body("detail", containsString("notification-service"));
    }

    @Test
    @DisplayName("without a token, a ticket opens nothing else: no ticket, an empty or repeated one, another method, another path: 401 at the gateway")
    void aTicketOpensNothingElse() {
        StubServices.lastPath.set(null);
        given().get("/api/notifications/stream").then().statusCode(401).contentType("application/problem+json");
        given().queryParam("ticket", "").get("/api/notifications/stream").then().statusCode(401);
        given().urlEncodingEnabled(false).get("/api/notifications/stream?ticket=a&ticket=b").then().statusCode(401);
        given().queryParam("ticket", "some-ticket").post("/api/notifications/stream").then().statusCode(401);
        given().queryParam("ticket", "some-ticket").get("/api/notifications").then().statusCode(401);
        given().queryParam("ticket", "some-ticket").get("/api/notifications/stream/more").then().statusCode(401);
        given().queryParam("ticket", "some-ticket").post("/api/notifications/stream-tickets").then().statusCode(401);
        given().queryParam("ticket", "some-ticket").get("/api/plans").then().statusCode(401);
        assertThat(StubServices.lastPath.get()).as("nothing reached a service").isNull();
    }

    @Test
    @DisplayName("a ticket beside a bad bearer token is no way round the token check: 401")
    void aTicketDoesNotExcuseABadToken() {
        given().auth().oauth2(TestTokens.forgedToken("teacher")).queryParam("ticket", "some-ticket").get("/api/notifications/stream")
                .then().statusCode(401);
    }
}
