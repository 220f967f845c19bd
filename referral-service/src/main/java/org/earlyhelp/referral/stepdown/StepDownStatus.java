package org.earlyhelp.referral.stepdown;

public enum StepDownStatus {
    PROPOSED, ACCEPTED, DECLINED, WITHDRAWN
}
