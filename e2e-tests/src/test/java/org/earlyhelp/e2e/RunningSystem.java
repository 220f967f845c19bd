package org.earlyhelp.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.earlyhelp.platform.time.BankHolidays;
import org.earlyhelp.platform.time.WorkingDayCalendar;

/**
 * One whole system per test JVM, on free ports, stopped when the JVM ends. Every process exports its spans to an in-memory
 * OTLP receiver in this JVM ({@link #traces()}), started before them, which TracingIT reads.
 */
final class RunningSystem {

    private static EarlyHelpSystem system;
    private static OtlpReceiver traces;
    private static LocalDate today;
    private static RuntimeException failedStart;
    /** Where the browser test serves the front-end page (FrontEndLoginIT): an origin the gateway's CORS and the realm's web client allow. */
    private static final int FRONTEND_PORT = org.earlyhelp.localstack.Ports.free();

    /** Started once; a failed start is stopped at once and reported to every test class, never retried over its leftovers. */
    static synchronized EarlyHelpSystem get() {
        if (failedStart != null) {
            throw new IllegalStateException("The system did not start (see the first failure)", failedStart);
        }
        if (system == null) {
            Path root = Path.of(System.getProperty("earlyhelp.root", ".."));
            Path work = root.resolve("e2e-tests").resolve("target").resolve("e2e-system");
            // The journeys poll through the gateway every 50-100 ms as one user; the rate limit itself is the gateway's own tests' business.
            // The broker has a SASL listener only (issue 21): every journey's events cross it authenticated, published by each
            // service's outbox relay and consumed by its consumers through the same kafka.* security settings.
            traces = OtlpReceiver.start();
            // Tracing on, as EARLYHELP_OTLP_ENDPOINT switches it on, over OTLP/HTTP to the receiver; spans sent every 200 ms.
            EarlyHelpSystem starting = new EarlyHelpSystem(root, work, EarlyHelpSystem.PortPlan.free())
                    .exportTraces(traces.endpoint(), "http/protobuf")
                    .serviceSetting("quarkus.otel.bsp.schedule.delay", "200ms")
                    .gatewaySetting("quarkus.otel.bsp.schedule.delay", "200ms")
                    .kafkaWithSasl()
                    .gatewaySetting("earlyhelp.gateway.rate-limit.per-minute", "20000")
                    // the page FrontEndLoginIT serves: the gateway's CORS and Keycloak's earlyhelp-web client both allow its origin
                    .frontendOrigins(frontendOrigin())
                    // The journeys are recorded after the fact, so their reviews are overdue: a review reminder run would mark
                    // them, and the bad-input walk needs a system that changes nothing by itself. Closure reminders run (the plan's
                    // life waits for one), often, and touch only a plan a review decided to close that is still open.
                    .serviceSetting("plan-service", "earlyhelp.reminders.reviews.enabled", "false")
                    .serviceSetting("plan-service", "earlyhelp.reminders.every", "1s")
                    // escalation reminders too (referral-service): the disagreement journey waits for an overdue notice
                    .serviceSetting("referral-service", "earlyhelp.escalations.reminders.every", "1s");
            // The whole system's today: the day the suite is run for (-Dearlyhelp.clock.today=...), or the real day in London;
            // on a weekend or a bank holiday, the working day before it, so that something can fall due "today" on any day.
            String given = System.getProperty("earlyhelp.clock.today", "");
            today = lastWorkingDayOnOrBefore(given.isBlank() ? LocalDate.now(ZoneId.of("Europe/London")) : LocalDate.parse(given.trim()));
            starting.serviceSetting("earlyhelp.clock.today", today.toString());
            // the receiver last: the processes send their last spans as they stop
            OtlpReceiver receiver = traces;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                starting.close();
                receiver.close();
            }, "e2e-system-stop"));
            long started = System.nanoTime();
            try {
                starting.start(message -> System.out.println("[e2e] " + message));
            } catch (RuntimeException e) {
                starting.close();
                failedStart = e;
                throw e;
            }
            System.out.printf("[e2e] whole system ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
            system = starting;
        }
        return system;
    }

    /** The front-end origin the system was started with (EARLYHELP_FRONTEND_ORIGINS): {@code http://localhost:<free port>}. */
    static String frontendOrigin() {
        return "http://localhost:" + FRONTEND_PORT;
    }

    /** The spans every process of the running system has exported. */
    static synchronized OtlpReceiver traces() {
        get();
        return traces;
    }

    /** The day every service of the running system takes as today (a working day in England). */
    static synchronized LocalDate today() {
        get();
        return today;
    }

    static WorkingDayCalendar workingDays() {
        return WorkingDayCalendar.of(BankHolidays.ENGLAND_AND_WALES);
    }

    private static LocalDate lastWorkingDayOnOrBefore(LocalDate day) {
        LocalDate date = day;
        while (!workingDays().isWorkingDay(date)) {
            date = date.minusDays(1);
        }
        return date;
    }

    private RunningSystem() {
    }
}
