package org.earlyhelp.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Under {@code ./earlyhelp up}: a service that dies (out of memory, a crash, a kill) is started again, after a
 * back-off that doubles with each death in a row (1 s, 2 s, 4 s, ... at most 60 s) and starts again from 1 s once the
 * service has stayed up for a minute. Each instance is watched on its own ({@code ./earlyhelp up --replicas N}: plan-service-2
 * is restarted on its own port, 8092, with its own back-off). Each death and restart is logged. Not used by the tests, whose fault journeys kill
 * services on purpose.
 */
final class Supervisor implements AutoCloseable {

    /** The back-off rule, apart so a unit test reaches it. */
    static final class Backoff {
        static final Duration FIRST = Duration.ofSeconds(1);
        static final Duration MAX = Duration.ofSeconds(60);
        static final Duration STABLE = Duration.ofMinutes(1);
        private int deathsInARow;
        private Instant lastStart = Instant.MIN;

        /** A death at {@code now}: how long to wait before starting again. */
        Duration onDeath(Instant now) {
            if (!lastStart.equals(Instant.MIN) && Duration.between(lastStart, now).compareTo(STABLE) >= 0) {
                deathsInARow = 0;
            }
            Duration wait = FIRST.multipliedBy(1L << Math.min(deathsInARow, 6));
            deathsInARow++;
            return wait.compareTo(MAX) > 0 ? MAX : wait;
        }

        void started(Instant now) {
            lastStart = now;
        }
    }

    private final List<ServiceProcess> services;
    private final Consumer<String> log;
    private final Map<String, Backoff> backoffs = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    Supervisor(List<ServiceProcess> services, Consumer<String> log) {
        this.services = services;
        this.log = log;
        services.forEach(s -> backoffs.computeIfAbsent(s.name(), n -> new Backoff()).started(Instant.now()));
        this.thread = new Thread(this::watch, "earlyhelp-supervisor");
        this.thread.setDaemon(true);
    }

    Supervisor start() {
        thread.start();
        return this;
    }

    private void watch() {
        while (running) {
            for (ServiceProcess service : services) {
                if (running && !service.isRunning()) {
                    restart(service);
                }
            }
            pause(Duration.ofSeconds(1));
        }
    }

    private void restart(ServiceProcess service) {
        Backoff backoff = backoffs.get(service.name());
        Duration wait = backoff.onDeath(Instant.now());
        log.accept(service.name() + " has stopped; starting it again in " + wait.toSeconds() + " s (logs: ./earlyhelp logs "
                + service.name() + ")");
        pause(wait);
        if (!running) {
            return;
        }
        try {
            service.restart();
            backoff.started(Instant.now());
            log.accept(service.name() + " is running again (pid " + service.pid() + ")");
        } catch (RuntimeException e) {
            log.accept(service.name() + " did not start: " + e.getMessage());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
