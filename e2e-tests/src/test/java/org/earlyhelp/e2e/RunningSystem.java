package org.earlyhelp.e2e;

import java.nio.file.Path;

import org.earlyhelp.localstack.EarlyHelpSystem;

/** One whole system per test JVM, on free ports, stopped when the JVM ends. */
final class RunningSystem {

    private static EarlyHelpSystem system;
    private static RuntimeException failedStart;

    /** Started once; a failed start is stopped at once and reported to every test class, never retried over its leftovers. */
    static synchronized EarlyHelpSystem get() {
        if (failedStart != null) {
            throw new IllegalStateException("The system did not start (see the first failure)", failedStart);
        }
        if (system == null) {
            Path root = Path.of(System.getProperty("earlyhelp.root", ".."));
            Path work = root.resolve("e2e-tests").resolve("target").resolve("e2e-system");
            // The journeys poll through the gateway every 50-100 ms as one user; the rate limit itself is the gateway's own tests' business.
            EarlyHelpSystem starting = new EarlyHelpSystem(root, work, EarlyHelpSystem.PortPlan.free())
                    .gatewaySetting("earlyhelp.gateway.rate-limit.per-minute", "20000")
                    // No journey here waits for a reminder, and the bad-input walk needs a system that changes nothing by itself:
                    // the journeys are recorded after the fact, so their reviews are overdue and a reminder run would mark them.
                    .serviceSetting("earlyhelp.reminders.enabled", "false");
            // the day the whole system takes as today, when the suite is run for another day (-Dearlyhelp.clock.today=...)
            String today = System.getProperty("earlyhelp.clock.today", "");
            if (!today.isBlank()) {
                starting.serviceSetting("earlyhelp.clock.today", today);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(starting::close, "e2e-system-stop"));
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

    private RunningSystem() {
    }
}
