package org.earlyhelp.plan.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.plan.timescales.AreaTimescales;
import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.outbox.OutboxMessage;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Closure reminders (issue 18), run by the review reminders' scheduled run: ClosureDue on the day the closure a review
 * decided is due, ClosureOverdue once it has passed with the plan still active; each once, with two schedulers at once.
 * Driven with explicit days; the plans are back-dated from the platform's today.
 */
@QuarkusTest
class ClosureRemindersTest {

    static final String DUE = "earlyhelp.plan.closure-due.v1";
    static final String OVERDUE = "earlyhelp.plan.closure-overdue.v1";

    @Inject
    ReviewReminders reminders;
    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;
    @Inject
    AreaTimescales timescales;
    @Inject
    FamilyCircle circle;

    /** A plan opened 100 days ago whose initial review, 29 days after opening, decided CLOSE. @return its id */
    String planDecidedToClose(LocalDate heldOn) {
        UUID familyId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> circle.addUsers(TestTokens.DEFAULT_AREA, familyId, List.of("teacher"), familyId));
        LocalDate opened = heldOn.minusDays(29);
        String plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "openedOn": "%s",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"}}
                """.formatted(familyId, opened)).post("/api/plans").then().statusCode(201).extract().path("id");
        String review = given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().extract().path("nextReview.id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"" + heldOn + "\", \"attendees\": [\"teacher\"], \"childAndFamilyViews\": \"Ready to finish\", \"decision\": \"CLOSE\"}")
                .post("/api/plans/{id}/reviews/{r}/outcome", plan, review).then().statusCode(200);
        return plan;
    }

    LocalDate heldOn() {
        return RecordedDates.today(clock).minusDays(71);
    }

    LocalDate closureDue(LocalDate heldOn) {
        return timescales.forArea(TestTokens.DEFAULT_AREA).closureSummaryDue(heldOn);
    }

    /** The closure reminders published about one plan, oldest first. */
    List<String> closureReminders(String planId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from OutboxMessage where type in (:types) and payload like :id order by position", OutboxMessage.class)
                .setParameter("types", List.of(DUE, OVERDUE)).setParameter("id", "%" + planId + "%").getResultList())
                .stream().map(m -> m.type).toList();
    }

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

    @Test
    @DisplayName("ClosureDue on the due day and ClosureOverdue the day after, each once with two schedulers at once; none the day before; the plan's ETag unchanged")
    void closureDueThenOverdueEachOnce() throws Exception {
        LocalDate heldOn = heldOn();
        String plan = planDecidedToClose(heldOn);
        LocalDate due = closureDue(heldOn);
        var before = given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().statusCode(200)
                .body("closureDueBy", equalTo(due.toString())).body("closure.summaryDueBy", equalTo(due.toString())).extract();

        runTwiceAtOnce(due.minusDays(1));
        assertThat(closureReminders(plan)).isEmpty();
        runTwiceAtOnce(due);
        runTwiceAtOnce(due);
        assertThat(closureReminders(plan)).containsExactly(DUE);
        runTwiceAtOnce(due.plusDays(1));
        runTwiceAtOnce(due.plusDays(2));
        assertThat(closureReminders(plan)).containsExactly(DUE, OVERDUE);

        String payload = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from OutboxMessage where type = :type and payload like :id", OutboxMessage.class)
                .setParameter("type", OVERDUE).setParameter("id", "%" + plan + "%").getSingleResult().payload);
        assertThat(payload).contains("\"closureDueBy\":\"" + due + "\"").contains("\"leadProfessionalUserId\":\"teacher\"");
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().statusCode(200)
                .header("ETag", equalTo(before.header("ETag")));
    }

    @Test
    @DisplayName("a plan already past its closure due date on the first run gets only ClosureOverdue, once")
    void overdueOnTheFirstRunGetsOnlyTheOverdueOne() throws Exception {
        LocalDate heldOn = heldOn();
        String plan = planDecidedToClose(heldOn);
        LocalDate due = closureDue(heldOn);
        runTwiceAtOnce(due.plusDays(3));
        runTwiceAtOnce(due.plusDays(4));
        assertThat(closureReminders(plan)).containsExactly(OVERDUE);
    }

    @Test
    @DisplayName("a plan closed before its due day gets no closure reminder, and shows no closureDueBy")
    void aClosedPlanIsNotReminded() throws Exception {
        LocalDate heldOn = heldOn();
        String plan = planDecidedToClose(heldOn);
        LocalDate due = closureDue(heldOn);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"reason\": \"OUTCOMES_ACHIEVED\", \"agreedOn\": \"" + heldOn.plusDays(1) + "\", \"summary\": \"Calm bedtimes\"}")
                .post("/api/plans/{id}/closure", plan).then().statusCode(200).body("closureDueBy", nullValue());
        runTwiceAtOnce(due);
        runTwiceAtOnce(due.plusDays(1));
        assertThat(closureReminders(plan)).isEmpty();
    }
}
