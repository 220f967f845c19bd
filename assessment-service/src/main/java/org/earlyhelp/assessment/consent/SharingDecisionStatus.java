package org.earlyhelp.assessment.consent;

/**
 * {@code RECORDED}: a decision not to share, or to share on consent (checked against the family's consents);
 * {@code PENDING_APPROVAL}: sharing without consent, awaiting the named manager; then {@code APPROVED} or {@code REFUSED},
 * by a manager of the area with their own token.
 */
public enum SharingDecisionStatus {
    RECORDED, PENDING_APPROVAL, APPROVED, REFUSED
}
