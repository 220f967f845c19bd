package org.earlyhelp.platform.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * One entry of a family's timeline (api.md, "Across services"): when it happened, what kind of
 * thing it was, which service owns it, the id to open it by, and a short summary in plain words
 * (codes and dates, never narrative). Each service answers its own entries at
 * {@code GET /api/timeline?familyId=}, by its own access rules; the gateway merges them.
 */
public record TimelineItem(Instant at, String type, String service, String ref, String summary) {

    /** A day-only date (a review held on, a consent given on) is placed at the start of that day, UTC. */
    public static Instant onDay(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The answer of {@code GET /api/timeline}. */
    public record Items(List<TimelineItem> items) {
        public static Items inOrder(List<TimelineItem> items) {
            return new Items(items.stream().sorted(Comparator.comparing(TimelineItem::at).thenComparing(TimelineItem::type)).toList());
        }
    }
}
