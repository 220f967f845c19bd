package org.earlyhelp.platform.consuming;

import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/**
 * What a service does with one type of event: given the event's id (for its inbox claim) and its data read as the
 * contract record. Runs outside any transaction; the service's own method opens one and claims the event in it.
 */
@FunctionalInterface
public interface EventHandler<T extends FamilyEvent> {
    void handle(UUID eventId, T event);
}
