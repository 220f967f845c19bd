package org.earlyhelp.events;

/** A practitioner as events name them: the work identity, never a family member. */
public record Professional(String userId, String name, String agency, String role) {
}
