package org.earlyhelp.gateway.asyncapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.earlyhelp.gateway.StubServices;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StubServices.class)
class AsyncApiRoutesTest {

    @Test
    @DisplayName("GET /asyncapi.yaml, without a token like /q/openapi, serves event-contracts' AsyncAPI document byte for byte as application/yaml")
    void theDocumentAsItIs() throws Exception {
        byte[] expected;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/earlyhelp/events/asyncapi.yaml")) {
            expected = in.readAllBytes();
        }
        Response answer = given().get("/asyncapi.yaml");
        answer.then().statusCode(200).contentType(containsString("application/yaml"));
        assertThat(answer.asByteArray()).isEqualTo(expected);
        assertThat(new String(expected, StandardCharsets.UTF_8)).contains("asyncapi: 3.0.0", "examples:", "partnerWebhook:");
        assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    @DisplayName("GET /asyncapi renders it as a plain HTML page: channels, messages with field tables and examples, the partner webhook; no script, a CSP allowing inline styles only")
    void theRendering() {
        Response answer = given().get("/asyncapi");
        answer.then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<h1>Early help platform events</h1>"))
                .body(containsString("earlyhelp.plan.events"))
                .body(containsString("id=\"message-PlanOpenedV1\""))
                .body(containsString("earlyhelp.plan.plan-opened.v1"))
                .body(containsString("<td><code>familyId</code></td>"))
                .body(containsString("Example: plan-opened"))
                .body(containsString("&quot;area&quot; : &quot;isle-of-wight&quot;"))
                .body(containsString("id=\"channel-partnerWebhook\""))
                .body(containsString("webhook-signature"))
                .body(containsString("(HTTP POST)"))
                .body(containsString("href=\"/asyncapi.yaml\""))
                .body(not(containsString("<script")));
        assertThat(answer.getHeader("Content-Security-Policy")).contains("default-src 'none'", "style-src 'unsafe-inline'", "frame-ancestors 'none'")
                .doesNotContain("script-src");
        assertThat(answer.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }
}
