package org.earlyhelp.notification.email;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.notification.SmtpServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Email through a real SMTP server (GreenMail): plain words and a link, no names or narrative; off when the practitioner says so. */
@QuarkusTest
class EmailTest {

    @Inject
    ObjectMapper json;

    void handOver(UUID family, String from, String to) throws Exception {
        var event = new LeadProfessionalChangedV1(family, TestTokens.DEFAULT_AREA, UUID.randomUUID(),
                new Professional(from, "Tess Teacher", "school", "DSL"), new Professional(to, "Hannah Visitor", "health", "Health visitor"),
                LocalDate.of(2027, 4, 1));
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.plan.events", family.toString(), UUID.randomUUID().toString(),
                    "earlyhelp.plan.lead-professional-changed.v1", json.writeValueAsString(event));
        }
    }

    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SmtpServer.mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    @DisplayName("a notification is emailed to the practitioner's address: a plain sentence and a link, no names; with email turned off, nothing is sent")
    void emailedWithoutNamesAndOffWhenTurnedOff() throws Exception {
        String to = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        String from = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        String toToken = TestTokens.token(to, TestTokens.DEFAULT_AREA, "health", "practitioner");
        String fromToken = TestTokens.token(from, TestTokens.DEFAULT_AREA, "school", "practitioner");
        given().auth().oauth2(toToken).contentType(ContentType.JSON).body("{\"email\": \"" + to + "@health.example\", \"emailEnabled\": true}")
                .put("/api/notification-preferences/me").then().statusCode(200).body("email", equalTo(to + "@health.example"));
        given().auth().oauth2(fromToken).contentType(ContentType.JSON).body("{\"email\": \"" + from + "@school.example\", \"emailEnabled\": false}")
                .put("/api/notification-preferences/me").then().statusCode(200).body("emailEnabled", equalTo(false));

        UUID family = UUID.randomUUID();
        handOver(family, from, to);

        await().atMost(Duration.ofSeconds(15)).until(() -> mailTo(to + "@health.example").size() == 1);
        MimeMessage mail = mailTo(to + "@health.example").get(0);
        String body = GreenMailUtil.getBody(mail);
        String notification = given().auth().oauth2(toToken).queryParam("familyId", family).get("/api/notifications").then()
                .extract().path("items[0].id");
        assertThat(mail.getSubject()).isEqualTo("Early help notification");
        assertThat(body).contains("You are now the lead professional for a family plan.", "/notifications/" + notification)
                .doesNotContain("Tess", "Hannah", "Teacher", "Visitor", family.toString());

        // the handing-over practitioner was told in the inbox, but turned email off
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(fromToken).queryParam("familyId", family)
                .get("/api/notifications").then().body("total", equalTo(1)));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> mailTo(from + "@school.example").isEmpty());
    }

    @Test
    @DisplayName("a practitioner without an address is not emailed; a malformed address is 400 naming the field")
    void noAddressNoEmail() {
        String someone = "noaddr-" + UUID.randomUUID();
        String token = TestTokens.token(someone, TestTokens.DEFAULT_AREA, "school", "practitioner");
        given().auth().oauth2(token).get("/api/notification-preferences/me").then().statusCode(200)
                .body("email", org.hamcrest.Matchers.nullValue()).body("emailEnabled", equalTo(true));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"email\": \"not an address\", \"emailEnabled\": true}")
                .put("/api/notification-preferences/me").then().statusCode(400).body("errors[0].field", equalTo("email"));
        given().auth().oauth2(TestTokens.partnerSystem()).get("/api/notification-preferences/me").then().statusCode(403);
    }
}
