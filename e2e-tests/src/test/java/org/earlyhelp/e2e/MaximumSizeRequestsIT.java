package org.earlyhelp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.earlyhelp.localstack.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each service on its 256 MB heap (as {@code ./earlyhelp up} runs it) and the gateway take 20 concurrent bodies at the
 * 1 MB limit, and one over it: each is refused (400 naming the list, or 413), and every process is still up and ready
 * afterwards, with no OutOfMemoryError in its log. (Four 10 MB bodies used to run assessment-service out of memory.)
 */
class MaximumSizeRequestsIT {

    static final int CONCURRENT = 20;
    static final int LIMIT = 1024 * 1024;

    static EarlyHelpSystem system;
    static String teacher;
    static String partner;

    @BeforeAll
    static void startTheWholeSystem() {
        system = RunningSystem.get();
        teacher = system.keycloak().passwordToken("teacher", "teacher");
        partner = system.keycloak().clientToken("partner-school-mis", "partner-school-mis-secret");
    }

    /** A body of about {@code bytes} bytes: {@code head}, then as many list items as fit, then the closing brackets. */
    static String bodyOf(int bytes, String head, IntFunction<String> item) {
        StringBuilder body = new StringBuilder(bytes + 1024).append(head).append('[');
        for (int i = 0; body.length() < bytes - 200; i++) {
            body.append(i == 0 ? "" : ",").append(item.apply(i));
        }
        return body.append("]}").toString();
    }

    record Target(String service, String path, String token, String head, IntFunction<String> item) {
    }

    static final List<Target> TARGETS = List.of(
            new Target("assessment-service", "/api/families", "teacher", "{\"area\": \"isle-of-wight\", \"familyName\": \"Big\", \"postcode\": \"PO30 1UD\", \"members\": ",
                    i -> "{\"givenName\": \"A" + i + "\", \"familyName\": \"Big\", \"dateOfBirth\": \"2015-03-02\", \"role\": \"CHILD\"}"),
            new Target("plan-service", "/api/plans", "teacher", "{\"familyId\": \"" + UUID.randomUUID()
                    + "\", \"leadProfessional\": {\"userId\": \"teacher\", \"name\": \"T\", \"agency\": \"school\", \"role\": \"DSL\"}, \"goals\": ",
                    i -> "{\"needIndicator\": \"PERSISTENT_ABSENCE\", \"description\": \"d" + i + "\", \"measure\": \"m\", \"targetDate\": \"2026-06-01\"}"),
            new Target("referral-service", "/api/referrals", "teacher", "{\"familyId\": \"" + UUID.randomUUID()
                    + "\", \"concerns\": \"c\", \"significantHarm\": false, \"familyConsented\": true, \"childMemberIds\": ",
                    i -> "\"" + UUID.randomUUID() + "\""),
            new Target("notification-service", "/api/webhook-subscriptions", "partner", "{\"url\": \"http://127.0.0.1:9/hooks\", \"eventTypes\": ",
                    i -> "\"earlyhelp.plan.plan-opened.v" + i + "\""));

    @Test
    @DisplayName("20 concurrent bodies at the 1 MB limit (and one over it) to each service and through the gateway: all refused, every process still up and ready")
    void everyServiceStaysUpUnderConcurrentMaximumSizeBodies() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> unexpected = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT + 1);
        try {
            for (Target target : TARGETS) {
                String token = target.token().equals("partner") ? partner : teacher;
                String atTheLimit = bodyOf(LIMIT, target.head(), target.item());
                String overIt = bodyOf(LIMIT * 3 / 2, target.head(), target.item());
                for (String base : List.of(system.service(target.service()).url(), system.gatewayUrl())) {
                    List<Future<String>> answers = new ArrayList<>();
                    for (int i = 0; i < CONCURRENT; i++) {
                        answers.add(pool.submit(() -> post(base + target.path(), token, atTheLimit)));
                    }
                    answers.add(pool.submit(() -> post(base + target.path(), token, overIt)));
                    for (Future<String> answer : answers) {
                        String outcome = answer.get();
                        if (!outcome.equals("400") && !outcome.equals("413")) {
                            unexpected.add(target.service() + " via " + base + ": " + outcome);
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(unexpected).as("answers other than 400 or 413").isEmpty();
        for (Map.Entry<String, ServiceProcess> service : system.services().entrySet()) {
            assertThat(service.getValue().isRunning()).as(service.getKey() + " running").isTrue();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(service.getValue().managementUrl() + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).as(service.getKey() + " ready").isEqualTo(200);
            String log = new String(Files.readAllBytes(system.logDir().resolve(service.getKey() + ".log")), StandardCharsets.UTF_8);
            assertThat(log).as(service.getKey() + " log").doesNotContain("OutOfMemoryError");
        }
    }

    /**
     * The answer's status, on a connection of its own (a client of its own: a server that answers 413 closes the
     * connection, and a pooled connection reused behind it would fail for the client's reasons, not the server's).
     */
    static String post(String url, String token, String body) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            return Integer.toString(http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
