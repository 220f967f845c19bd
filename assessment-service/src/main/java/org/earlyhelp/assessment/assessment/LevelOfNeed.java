package org.earlyhelp.assessment.assessment;

/** Where the family sits on the local continuum of need. */
public enum LevelOfNeed {
    UNIVERSAL, TARGETED, SPECIALIST
}
