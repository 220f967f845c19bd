package org.earlyhelp.events;

import java.util.UUID;

/**
 * A child's age as events carry it: whole years on the event's own date, never a date of birth or a name. For figures
 * such as "children by age band at the start of an episode".
 */
public record ChildAge(UUID memberId, int age) {
}
