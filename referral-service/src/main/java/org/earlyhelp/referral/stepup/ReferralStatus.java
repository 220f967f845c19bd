package org.earlyhelp.referral.stepup;

/** DRAFT (opened by a review that decided to step up) → SUBMITTED to CSC → DECIDED by CSC. */
public enum ReferralStatus {
    DRAFT, SUBMITTED, DECIDED
}
