package org.earlyhelp.referral.stepup;

/** CSC's decision on a step-up referral (domain.md, "Step up and step down"). */
public enum ReferralDecision {
    /** No further action from CSC. */
    NO_FURTHER_ACTION,
    /** A child in need assessment, section 17 Children Act 1989. */
    CHILD_IN_NEED_S17,
    /** A child protection enquiry, section 47 Children Act 1989. */
    CHILD_PROTECTION_S47,
    /** Back to early help. */
    STEP_DOWN_TO_EARLY_HELP
}
