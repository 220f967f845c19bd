package org.earlyhelp.reporting.partnership;

import java.util.LinkedHashMap;
import java.util.Map;

/** The age bands of the partnership figures, by age in whole years: 0-4, 5-10, 11-15, 16-17, 18+. */
public enum AgeBand {
    UNDER_5("0-4", 0, 4), PRIMARY("5-10", 5, 10), SECONDARY("11-15", 11, 15), SIXTEEN_SEVENTEEN("16-17", 16, 17), ADULT("18+", 18,
            Integer.MAX_VALUE);

    private final String label;
    private final int lowest;
    private final int highest;

    AgeBand(String label, int lowest, int highest) {
        this.label = label;
        this.lowest = lowest;
        this.highest = highest;
    }

    public String label() {
        return label;
    }

    /** The band of an age in whole years (a negative age is not an age: refused). */
    public static AgeBand of(int age) {
        for (AgeBand band : values()) {
            if (age >= band.lowest && age <= band.highest) {
                return band;
            }
        }
        throw new IllegalArgumentException("Not an age: " + age);
    }

    /** Children by band from children by age: always all five bands, in order, 0 where none. */
    public static Map<String, Long> count(Map<Integer, Long> childrenByAge) {
        Map<String, Long> bands = new LinkedHashMap<>();
        for (AgeBand band : values()) {
            bands.put(band.label, 0L);
        }
        childrenByAge.forEach((age, children) -> {
            if (age != null && age >= 0) {
                bands.merge(of(age).label, children, Long::sum);
            }
        });
        return bands;
    }
}
