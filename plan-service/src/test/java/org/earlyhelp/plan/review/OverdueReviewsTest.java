package org.earlyhelp.plan.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** earlyhelp_reviews_overdue{area} as Prometheus reads it, after plans whose first review is past due (by the platform clock). */
@QuarkusTest
class OverdueReviewsTest {

    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    OverdueReviews overdue;
    @Inject
    jakarta.persistence.EntityManager entityManager;

    long plansIn(String area) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from family_plan where area = :area").setParameter("area", area).getSingleResult())
                .longValue());
    }

    @Test
    @DisplayName("an area with a plan accepted 60 days ago (first review past due) and one accepted today counts one overdue review; an area whose plans are all on time counts 0")
    void reviewsPastDueAndNotHeldAreCountedPerArea() throws Exception {
        String area = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        String onTime = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = RecordedDates.today(clock);
        stepDownAccepted(onTime, today);
        stepDownAccepted(area, today.minusDays(60));
        stepDownAccepted(area, today);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(plansIn(area)).isEqualTo(2);
            assertThat(plansIn(onTime)).isEqualTo(1);
        });
        overdue.refresh();
        assertThat(overdueIn(area)).isEqualTo(1.0);
        assertThat(overdueIn(onTime)).isEqualTo(0.0);
    }

    void stepDownAccepted(String area, LocalDate acceptedOn) throws Exception {
        UUID familyId = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.referral.events", familyId.toString(), UUID.randomUUID().toString(),
                    "earlyhelp.referral.step-down-accepted.v1", json.writeValueAsString(new StepDownAcceptedV1(familyId, area,
                            UUID.randomUUID(), List.of(), "sw", new Professional("teacher", "Tess Teacher", "school", "DSL"), acceptedOn,
                            List.of())));
        }
    }

    /** The gauge's sample for {@code area}, or -1 while it has none. */
    static double overdueIn(String area) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^earlyhelp_reviews_overdue\\{[^}]*area=\"" + Pattern.quote(area) + "\"[^}]*\\} ([0-9.Ee+-]+)$")
                .matcher(text);
        return sample.find() ? Double.parseDouble(sample.group(1)) : -1;
    }
}
