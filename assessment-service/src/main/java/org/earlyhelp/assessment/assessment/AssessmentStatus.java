package org.earlyhelp.assessment.assessment;

public enum AssessmentStatus {
    DRAFT, COMPLETED
}
