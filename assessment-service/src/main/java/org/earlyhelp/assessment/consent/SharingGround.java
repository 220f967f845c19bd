package org.earlyhelp.assessment.consent;

/**
 * The lawful ground for sharing a family's information (domain.md, "Sharing without consent"): the family's consent, or,
 * without it, a risk of significant harm, the prevention or detection of crime, or a legal duty.
 */
public enum SharingGround {
    CONSENT, SIGNIFICANT_HARM, PREVENTION_OF_CRIME, LEGAL_DUTY
}
