package org.earlyhelp.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Step-down accepted → plan readable through the gateway, as the journeys saw it (steady state:
 * the fault journeys report their recovery separately). Printed, and written to
 * {@code target/step-down-latency.txt} after each journey; measured, never asserted.
 */
final class StepDownLatency {

    private record Sample(String journey, long millis) {
    }

    private static final List<Sample> SAMPLES = new ArrayList<>();

    static synchronized void record(String journey, long millis) {
        SAMPLES.add(new Sample(journey, millis));
        System.out.printf("[e2e] %s: step-down accepted -> plan readable through the gateway: %d ms%n", journey, millis);
    }

    /** The summary so far, e.g. {@code 12 step-downs: median 140 ms, worst 390 ms}. */
    static synchronized String summary() {
        List<Long> sorted = SAMPLES.stream().map(Sample::millis).sorted().toList();
        if (sorted.isEmpty()) {
            return "no step-downs measured";
        }
        long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return "%d step-downs: median %d ms, worst %d ms (%s)".formatted(sorted.size(), median, sorted.get(sorted.size() - 1),
                String.join(", ", SAMPLES.stream().map(s -> s.journey() + " " + s.millis()).toList()));
    }

    static synchronized void report() {
        String summary = summary();
        System.out.println("[e2e] step-down -> plan latency, " + summary);
        try {
            Path file = Path.of("target", "step-down-latency.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, summary + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StepDownLatency() {
    }
}
