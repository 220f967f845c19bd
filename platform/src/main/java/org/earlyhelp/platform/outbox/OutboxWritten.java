package org.earlyhelp.platform.outbox;

/** Fired when an event is written to the outbox; observed after the transaction commits, to wake the relay. */
public record OutboxWritten() {
}
