package org.earlyhelp.plan.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.inject.Inject;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.localstack.TopicWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReviewRemindersTest {

    @Inject
    ObjectMapper json;
    @Inject
    ReviewReminders reminders;

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    /** Two schedulers (two replicas) running at the same instant against the same database. */
    void runTwiceAtOnce(LocalDate today) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> awaitThen(start, today));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> awaitThen(start, today));
        a.get();
        b.get();
    }

    int awaitThen(CyclicBarrier start, LocalDate today) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return reminders.sendDue(today);
    }

    List<String> reminderTypes(UUID familyId) {
        return broker.recordsFor("earlyhelp.plan.events", familyId.toString()).stream().map(r -> TopicReader.header(r, "ce_type"))
                .filter(t -> t.contains("due-soon") || t.contains("overdue")).toList();
    }

    @Test
    @DisplayName("ReviewDueSoon 5 working days before and ReviewOverdue after the due date: each once, with two schedulers running at once; the review is marked OVERDUE")
    void remindersFireOnceWithTwoSchedulers() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID stepDown = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.referral.events", familyId.toString(), UUID.randomUUID().toString(), "earlyhelp.referral.step-down-accepted.v1",
                    json.writeValueAsString(new StepDownAcceptedV1(familyId, "isle-of-wight", stepDown, List.of(), "sw",
                            new Professional("teacher", "Tess Teacher", "school", "DSL"), LocalDate.of(2027, 3, 22), List.of())));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher())
                .queryParam("originRef", stepDown).get("/api/plans").then().body("total", equalTo(1)));
        String plan = given().auth().oauth2(TestTokens.teacher()).queryParam("originRef", stepDown).get("/api/plans").then()
                .extract().path("items[0].id");

        runTwiceAtOnce(LocalDate.of(2027, 4, 13)); // due 2027-04-21: 6 working days ahead, not yet
        runTwiceAtOnce(LocalDate.of(2027, 4, 14)); // 5 working days ahead: due soon
        runTwiceAtOnce(LocalDate.of(2027, 4, 15));
        runTwiceAtOnce(LocalDate.of(2027, 4, 21)); // due today: not overdue yet
        runTwiceAtOnce(LocalDate.of(2027, 4, 22)); // overdue
        runTwiceAtOnce(LocalDate.of(2027, 4, 23));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reminderTypes(familyId))
                .containsExactly("earlyhelp.plan.review-due-soon.v1", "earlyhelp.plan.review-overdue.v1"));
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", plan).then()
                .body("items[0].status", equalTo("OVERDUE")).body("items[0].dueBy", equalTo("2027-04-21"));
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().body("nextReview.dueBy", equalTo("2027-04-21"));
    }
}
