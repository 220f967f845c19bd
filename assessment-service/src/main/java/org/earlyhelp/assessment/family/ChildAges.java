package org.earlyhelp.assessment.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.events.ChildAge;

/**
 * Children's ages as events carry them (architecture.md, Events): whole years on the event's own date, never a date of
 * birth. Pure functions, unit-tested without a database.
 */
public final class ChildAges {

    private ChildAges() {
    }

    /**
     * Whole years from {@code dateOfBirth} to {@code on}: a birthday counts from its own day (a child born on 29 February
     * has a year more on 1 March of a common year, not on 28 February). Never negative: 0 for a date before the birth.
     */
    public static int ageOn(LocalDate dateOfBirth, LocalDate on) {
        return Math.max(0, Period.between(dateOfBirth, on).getYears());
    }

    /**
     * The age on {@code on} of each of {@code memberIds} (in that order, each once) that has a date of birth in
     * {@code datesOfBirth} not after {@code on}. A member with none (unborn, or not held here), or born after {@code on} (still
     * unborn that day), has no entry.
     */
    public static List<ChildAge> on(LocalDate on, List<UUID> memberIds, Map<UUID, LocalDate> datesOfBirth) {
        List<ChildAge> ages = new ArrayList<>();
        if (memberIds == null || on == null) {
            return ages;
        }
        memberIds.stream().filter(java.util.Objects::nonNull).distinct().forEach(memberId -> {
            LocalDate dateOfBirth = datesOfBirth.get(memberId);
            if (dateOfBirth != null && !dateOfBirth.isAfter(on)) {
                ages.add(new ChildAge(memberId, ageOn(dateOfBirth, on)));
            }
        });
        return List.copyOf(ages);
    }
}
