package org.earlyhelp.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Scenario 2: step-downs proposed and accepted at a steady rate ({@code -Dbench.stepdowns}, default
 * 2/s) while mixed practitioner traffic runs at {@code -Dbench.rate} (default 100/s). For each, the
 * time from the acceptance's 200 to the plan and its first review being readable through the
 * gateway (polled every 20 ms) goes to {@code step-down-latency.txt} in {@code -Dbench.out} as percentiles.
 */
public class StepDownJourneySimulation extends Simulation {

    static final ConcurrentLinkedQueue<Long> MILLIS = new ConcurrentLinkedQueue<>();
    /** Step-downs whose plan was not readable within 30 s: reported, never hidden in the percentiles. */
    static final java.util.concurrent.atomic.AtomicInteger NOT_OPENED = new java.util.concurrent.atomic.AtomicInteger();
    static final String SW = Bench.token("sw");

    /** A family CSC registers before it steps it down (CSC proposes only for a family it already sees). */
    static String family() {
        String surname = "Bench" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return """
                {"area": "isle-of-wight", "familyName": "%s", "postcode": "PO30 1UD", "members": [
                  {"givenName": "Amy", "familyName": "%s", "dateOfBirth": "2015-03-02", "role": "CHILD"},
                  {"givenName": "Beth", "familyName": "%s", "dateOfBirth": "1988-07-02", "role": "PARENT"}]}
                """.formatted(surname, surname, surname);
    }

    static String proposal(String familyId, String childId) {
        return """
                {"familyId": "%s", "childMemberIds": ["%s"], "cscCaseReference": "CIN-BENCH",
                 "socialWorker": {"userId": "sw", "name": "Sam Social"}, "reason": "Child in need plan ending", "familyConsented": true,
                 "proposedLeadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"},
                 "proposedOn": "2026-03-09", "warmHandoverOn": "2026-03-20",
                 "goalsCarriedOver": [{"needIndicator": "PERSISTENT_ABSENCE", "description": "Back in school", "measure": "95%%", "targetDate": "2026-07-17"}]}
                """.formatted(familyId, childId);
    }

    final ScenarioBuilder stepDowns = scenario("step-down journey")
            .exec(session -> session.set("family", family()).set("sw", SW).set("token", Practitioners.TEACHER).set("open", false)
                    .set("proposed", false))
            .exec(http("family registered by CSC").post("/api/families").header("Authorization", "Bearer #{sw}")
                    .body(StringBody("#{family}")).check(status().is(201), jsonPath("$.id").saveAs("familyId"),
                            jsonPath("$.members[0].id").saveAs("childId")))
            .exec(session -> session.set("proposal", proposal(session.getString("familyId"), session.getString("childId"))))
            // referral-service knows CSC sees the family once FamilyRegistered reaches it: until then 404, nothing written
            .asLongAsDuring(session -> !session.getBoolean("proposed"), Duration.ofSeconds(10)).on(
                    exec(http("step-down proposal").post("/api/step-downs").header("Authorization", "Bearer #{sw}")
                            .body(StringBody("#{proposal}")).check(status().in(201, 404), status().saveAs("proposalStatus"),
                                    jsonPath("$.id").optional().saveAs("stepDownId")))
                            .exec(session -> session.set("proposed", session.getInt("proposalStatus") == 201))
                            .doIf(session -> !session.getBoolean("proposed")).then(pause(Duration.ofMillis(20))))
            .exec(http("step-down acceptance").post("/api/step-downs/#{stepDownId}/acceptance").header("Authorization", "Bearer #{token}")
                    .body(StringBody("{\"acceptedOn\": \"2026-03-23\"}")).check(status().is(200)))
            .exec(session -> session.set("acceptedAt", System.nanoTime()))
            .asLongAsDuring(session -> !session.getBoolean("open"), Duration.ofSeconds(30)).on(
                    exec(http("plan from the step-down").get("/api/plans?origin=STEP_DOWN&originRef=#{stepDownId}")
                            .header("Authorization", "Bearer #{token}")
                            .check(status().is(200), jsonPath("$.items[0].nextReview.dueBy").exists().saveAs("dueBy")).silent())
                            .exec(session -> session.isFailed() ? session.markAsSucceeded().set("open", false) : session.set("open", true))
                            .doIf(session -> !session.getBoolean("open")).then(pause(Duration.ofMillis(20))))
            .exec(session -> {
                if (!session.getBoolean("open")) {
                    NOT_OPENED.incrementAndGet();
                    return session;
                }
                MILLIS.add((System.nanoTime() - session.getLong("acceptedAt")) / 1_000_000);
                return session;
            });

    {
        setUp(stepDowns.injectOpen(constantUsersPerSec(Integer.getInteger("bench.stepdowns", 2)).during(Bench.duration(60))),
                Practitioners.mixed("mixed practitioner traffic (background)")
                        .injectOpen(constantUsersPerSec(Bench.rate(100)).during(Bench.duration(60))))
                .protocols(Bench.protocol());
    }

    @Override
    public void after() {
        List<Long> sorted = new ArrayList<>(MILLIS);
        sorted.sort(null);
        String line = (sorted.isEmpty() ? "n=0" : "n=%d p50=%d p95=%d p99=%d max=%d".formatted(sorted.size(), at(sorted, 50),
                at(sorted, 95), at(sorted, 99), sorted.get(sorted.size() - 1))) + " notOpenedWithin30s=" + NOT_OPENED.get();
        System.out.println("STEP-DOWN->PLAN " + line);
        try {
            Path file = Path.of(System.getProperty("bench.out", "target"), "step-down-latency.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long at(List<Long> sorted, int percentile) {
        return sorted.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
