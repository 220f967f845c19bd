package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.tokencache.TokenCache;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The gateway verifies a bearer token once and keeps its identity until the token expires (the token-cache module). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StubServices.class)
class VerifiedTokenCacheTest {

    @Inject
    TokenCache cache;

    @Test
    @DisplayName("the same token again is answered from the cache, not verified again")
    void theSameTokenAgainIsAnsweredFromTheCache() {
        String token = TestTokens.token("cache-user-1", TestTokens.DEFAULT_AREA, "school", "practitioner");
        given().auth().oauth2(token).get("/api/plans").then().statusCode(200);
        long hits = cache.hits();
        given().auth().oauth2(token).get("/api/plans").then().statusCode(200);
        given().auth().oauth2(token).get("/api/plans").then().statusCode(200);
        assertThat(cache.hits() - hits).isEqualTo(2);
    }

    @Test
    @DisplayName("a kept token changed by one character is another token: verified, and refused")
    void aTamperedCopyOfAKeptTokenIsRefused() {
        String token = TestTokens.token("cache-user-2", TestTokens.DEFAULT_AREA, "school", "practitioner");
        given().auth().oauth2(token).get("/api/plans").then().statusCode(200);
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        long hits = cache.hits();
        given().auth().oauth2(tampered).get("/api/plans").then().statusCode(401);
        assertThat(cache.hits()).isEqualTo(hits);
    }

    @Test
    @DisplayName("a kept token stops working when it expires")
    void aKeptTokenStopsWorkingWhenItExpires() {
        String token = TestTokens.shortLivedToken("cache-user-3", Duration.ofSeconds(3), "practitioner");
        given().auth().oauth2(token).get("/api/plans").then().statusCode(200);
        assertThat(cache.size()).isPositive();
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(token).get("/api/plans").statusCode() == 401);
    }
}
