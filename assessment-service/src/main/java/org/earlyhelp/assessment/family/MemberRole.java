package org.earlyhelp.assessment.family;

public enum MemberRole {
    CHILD, PARENT, CARER, OTHER_ADULT
}
