package org.earlyhelp.assessment.family;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.platform.problem.ConflictingState;

/** 409: someone with the same NHS number, or the same names and date of birth, is already registered in the area. */
public class PossibleDuplicate extends ConflictingState {
    private final List<UUID> visibleMatches;

    public PossibleDuplicate(List<UUID> visibleMatches) {
        super("A family member with the same NHS number, or the same names and date of birth, is already registered in this area."
                + " Use the existing family, or send \"confirmedNotDuplicate\": true if this is a different person");
        this.visibleMatches = visibleMatches;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("matchingFamilyIds", visibleMatches);
    }
}
