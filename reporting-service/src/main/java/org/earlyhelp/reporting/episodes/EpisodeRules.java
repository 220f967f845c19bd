package org.earlyhelp.reporting.episodes;

import java.time.Instant;
import java.time.LocalDate;

import org.earlyhelp.platform.time.PlatformClock;

/** How an event's dates and counts become the read model's: small rules, applied when the event is, tested without a database. */
public final class EpisodeRules {

    public static final String OUTCOMES_ACHIEVED = "OUTCOMES_ACHIEVED";

    private EpisodeRules() {
    }

    /** The day a step-up referral counts on: {@code referredOn} as recorded, else the Europe/London day of {@code submittedAt}. */
    public static LocalDate referralDay(LocalDate referredOn, Instant submittedAt) {
        if (referredOn != null) {
            return referredOn;
        }
        return submittedAt == null ? null : LocalDate.ofInstant(submittedAt, PlatformClock.AREA_ZONE);
    }

    /** The day a new lead professional counts from: {@code changedOn}, else the warm handover's day (null when neither is known). */
    public static LocalDate leadChangeDay(LocalDate changedOn, LocalDate warmHandoverOn) {
        return changedOn != null ? changedOn : warmHandoverOn;
    }

    /** A closure with outcomes achieved: reason OUTCOMES_ACHIEVED and every one of its goals (at least one) achieved. */
    public static boolean outcomesAchieved(String reason, int goals, int goalsAchieved) {
        return OUTCOMES_ACHIEVED.equals(reason) && goals > 0 && goalsAchieved == goals;
    }
}
