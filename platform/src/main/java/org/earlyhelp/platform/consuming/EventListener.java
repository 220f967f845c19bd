package org.earlyhelp.platform.consuming;

import org.earlyhelp.platform.inbox.IncomingEvent;

/**
 * Sees every event of a topic whose type this build knows, as it arrived (id, type, JSON data): for what reads any event
 * (the family circle projection, partner webhooks). Unknown types never reach it.
 */
@FunctionalInterface
public interface EventListener {
    void on(IncomingEvent event);
}
