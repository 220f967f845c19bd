package org.earlyhelp.assessment.consent;

public enum ConsentPurpose {
    ASSESSMENT, INFORMATION_SHARING
}
