package org.earlyhelp.reporting.partnership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Reviews no longer than 12 weeks apart (domain.md): a gap of more than 84 days is one too long. */
public final class ReviewGaps {

    public static final int MAX_DAYS = 84;

    private ReviewGaps() {
    }

    /** A review held more than 84 days after the one before it (or after the episode's opening, for its first). */
    public static boolean over12Weeks(LocalDate previous, LocalDate heldOn) {
        return previous != null && heldOn != null && ChronoUnit.DAYS.between(previous, heldOn) > MAX_DAYS;
    }
}
