package org.earlyhelp.referral.timing;

/** Advice that does not block: a {@code code} a partner system can act on and a sentence a person can read. */
public record TimingWarning(String code, String message) {
}
