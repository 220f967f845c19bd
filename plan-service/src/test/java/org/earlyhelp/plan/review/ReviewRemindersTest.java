package org.earlyhelp.plan.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
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
import org.earlyhelp.plan.timescales.AreaTimescales;
import org.earlyhelp.platform.time.WorkingDayCalendar;
import org.earlyhelp.platform.time.RecordedDates;
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
    @Inject
    Clock clock;
    @Inject
    AreaTimescales timescales;

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

    /** A plan opened from a step-down accepted on {@code acceptedOn}, as the platform opens them. @return its id */
    String planAcceptedOn(UUID familyId, LocalDate acceptedOn) throws Exception {
        UUID stepDown = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.referral.events", familyId.toString(), UUID.randomUUID().toString(), "earlyhelp.referral.step-down-accepted.v1",
                    json.writeValueAsString(new StepDownAcceptedV1(familyId, "isle-of-wight", stepDown, List.of(), "sw",
                            new Professional("teacher", "Tess Teacher", "school", "DSL"), acceptedOn, List.of())));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher())
                .queryParam("originRef", stepDown).get("/api/plans").then().body("total", equalTo(1)));
        return given().auth().oauth2(TestTokens.teacher()).queryParam("originRef", stepDown).get("/api/plans").then()
                .extract().path("items[0].id");
    }

    @Test
    @DisplayName("ReviewDueSoon 5 working days before and ReviewOverdue after the due date: each once, with two schedulers running at once; the review is marked OVERDUE")
    void remindersFireOnceWithTwoSchedulers() throws Exception {
        UUID familyId = UUID.randomUUID();
        LocalDate accepted = RecordedDates.today(clock).minusDays(3);
        String plan = planAcceptedOn(familyId, accepted);
        LocalDate due = timescales.forArea("isle-of-wight").initialReviewDue(accepted);
        WorkingDayCalendar calendar = timescales.forArea("isle-of-wight").calendar();

        runTwiceAtOnce(calendar.subtractWorkingDays(due, 6)); // 6 working days ahead: not yet
        runTwiceAtOnce(calendar.subtractWorkingDays(due, 5)); // 5 working days ahead: due soon
        runTwiceAtOnce(calendar.subtractWorkingDays(due, 4));
        runTwiceAtOnce(due); // due today: not overdue yet
        runTwiceAtOnce(due.plusDays(1)); // overdue
        runTwiceAtOnce(due.plusDays(2));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reminderTypes(familyId))
                .containsExactly("earlyhelp.plan.review-due-soon.v1", "earlyhelp.plan.review-overdue.v1"));
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", plan).then()
                .body("items[0].status", equalTo("OVERDUE")).body("items[0].dueBy", equalTo(due.toString()));
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().body("nextReview.dueBy", equalTo(due.toString()));
    }

    @Test
    @DisplayName("the scheduled run takes today from the platform clock: a review due before it is OVERDUE, one due after it is left SCHEDULED")
    void theScheduledRunReadsTodayFromThePlatformClock() throws Exception {
        LocalDate today = RecordedDates.today(clock);
        UUID lateFamily = UUID.randomUUID();
        UUID earlyFamily = UUID.randomUUID();
        // accepted 60 days ago: the initial review (20 working days on) is past; accepted today: it is weeks away
        String late = planAcceptedOn(lateFamily, today.minusDays(60));
        String early = planAcceptedOn(earlyFamily, today);
        assertThat(timescales.forArea("isle-of-wight").initialReviewDue(today.minusDays(60))).isBefore(today);

        reminders.sendDueToday();

        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", late).then().body("items[0].status", equalTo("OVERDUE"));
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", early).then().body("items[0].status", equalTo("SCHEDULED"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reminderTypes(lateFamily))
                .containsExactly("earlyhelp.plan.review-overdue.v1"));
        assertThat(reminderTypes(earlyFamily)).isEmpty();
    }
}
