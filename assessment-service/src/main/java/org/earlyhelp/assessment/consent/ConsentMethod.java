package org.earlyhelp.assessment.consent;

public enum ConsentMethod {
    VERBAL, WRITTEN, DIGITAL
}
