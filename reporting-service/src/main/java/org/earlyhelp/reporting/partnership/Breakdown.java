package org.earlyhelp.reporting.partnership;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A breakdown object of a report: only keys with a count above 0, by count descending, then key. */
public final class Breakdown {

    private Breakdown() {
    }

    public static Map<String, Long> of(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null && e.getValue() > 0)
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    public static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
