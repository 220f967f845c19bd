package org.earlyhelp.reporting.supportingfamilies;

import java.time.LocalDate;

/**
 * A successful family outcome may be claimed when an episode closed with its outcomes achieved and the progress was sustained
 * for six months: no episode started and no step-up referral for the family after the closure, up to and including
 * {@code closedOn.plusMonths(6)}; and only once those six months are over ({@code today} after that day).
 */
public final class ClaimRule {

    public static final int SUSTAINED_MONTHS = 6;

    private ClaimRule() {
    }

    /** The last day of the six months after closure. */
    public static LocalDate sustainedUntil(LocalDate closedOn) {
        return closedOn.plusMonths(SUSTAINED_MONTHS);
    }

    public static boolean windowOver(LocalDate closedOn, LocalDate today) {
        return today.isAfter(sustainedUntil(closedOn));
    }

    /**
     * @param nextEpisodeStart the first day after {@code closedOn} that the family started an episode, or null
     * @param nextStepUp the first day after {@code closedOn} that the family was referred up, or null
     */
    public static boolean claimable(LocalDate closedOn, LocalDate nextEpisodeStart, LocalDate nextStepUp, LocalDate today) {
        LocalDate until = sustainedUntil(closedOn);
        return windowOver(closedOn, today) && outside(nextEpisodeStart, closedOn, until) && outside(nextStepUp, closedOn, until);
    }

    private static boolean outside(LocalDate day, LocalDate closedOn, LocalDate until) {
        return day == null || !day.isAfter(closedOn) || day.isAfter(until);
    }
}
