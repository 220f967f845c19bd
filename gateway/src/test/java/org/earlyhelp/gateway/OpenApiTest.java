package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StubServices.class)
class OpenApiTest {

    @Test
    @DisplayName("/q/openapi combines the services' documents: their /api paths tagged by service, schemas prefixed with references rewritten and only those referred to kept, one bearer scheme, the gateway's timeline and audit typed, 429/503/504 on routed operations; internal and non-/api paths left out; a service that is down is named")
    void oneDocumentForTheWholeApi() {
        // the three stubs serve the same document, so the path goes to the last service by name (referral-service);
        // every service's schemas are there under its own prefix
        given().get("/q/openapi").then().statusCode(200).contentType(containsString("application/json"))
                .body("info.title", equalTo("Early help platform API"))
                .body("paths", hasKey("/api/plans"))
                .body("paths", hasKey("/api/families/{id}/timeline"))
                .body("paths", not(hasKey("/api/timeline")))
                .body("paths", not(hasKey("/q/health")))
                .body("paths.'/api/plans'.get.tags", hasItem("referral-service"))
                .body("paths.'/api/plans'.get.security", equalTo(null))
                .body("paths.'/api/plans'.get.responses.'200'.content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/referral_Page"))
                // only the schemas something refers to: plan's and assessment's Page lost their path to referral-service's
                .body("components.schemas", hasKey("referral_Page")).body("components.schemas", not(hasKey("plan_Page")))
                .body("components.schemas", not(hasKey("assessment_Page")))
                // what the gateway itself answers on a routed operation, and its own operations, typed by named schemas
                .body("paths.'/api/plans'.get.responses.'429'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/plans'.get.responses.'429'.headers", hasKey("Retry-After"))
                .body("paths.'/api/plans'.get.responses", hasKey("503")).body("paths.'/api/plans'.get.responses", hasKey("504"))
                .body("paths.'/api/plans'.get.operationId", equalTo("getApiPlans"))
                .body("paths.'/api/families/{id}/timeline'.get.operationId", equalTo("Gateway_familyTimeline"))
                .body("paths.'/api/families/{id}/timeline'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/gateway_Timeline"))
                .body("paths.'/api/families/{id}/timeline'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/audit'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/gateway_AuditTrail"))
                .body("components.schemas", hasKey("Problem")).body("components.schemas", hasKey("gateway_TimelineItem"))
                .body("tags.name", hasItem("referral-service")).body("tags.name", hasItem("gateway"))
                .body("tags.find { it.name == 'gateway' }.description", notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("security[0]", hasKey("bearer"))
                .body("'x-missing-services'", hasItem("notification-service"))
                .body("'x-missing-services'", not(hasItem("reporting-service")));
    }

    @Test
    @DisplayName("reporting-service's reports and its page are in the one document, tagged with it; its /q paths are not")
    void reportsAndTheirPageAreDocumented() {
        given().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/reports/partnership'.get.tags", hasItem("reporting-service"))
                .body("paths.'/api/reports/partnership'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/reporting_Partnership"))
                .body("paths.'/api/reports/partnership'.get.responses.'200'.content", hasKey("text/csv"))
                .body("paths.'/reports/partnership'.get.tags", hasItem("reporting-service"))
                .body("paths.'/reports/partnership'.get.responses.'200'.content", hasKey("text/html"))
                .body("components.schemas", hasKey("reporting_Partnership"))
                .body("paths", not(hasKey("/q/health")));
    }

    @Test
    @DisplayName("/q/swagger-ui shows that document, with Swagger UI's own assets served by the gateway")
    void swaggerUi() {
        given().get("/q/swagger-ui").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/q/openapi")).body(containsString("swagger-ui-bundle.js"));
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(notNullValue());
        given().get("/q/swagger-ui/swagger-ui.css").then().statusCode(200);
        given().get("/q/swagger-ui/../application.properties").then().statusCode(not(equalTo(200)));
    }
}
