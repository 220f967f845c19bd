package org.earlyhelp.referral.stepdown;

import java.util.UUID;

/** Request bodies as a partner system would send them. */
final class StepDownBodies {

    static String proposal(UUID familyId, Object familyConsented, String proposedLeadUserId) {
        return proposal(familyId, familyConsented, proposedLeadUserId, "2027-03-15", "PERSISTENT_ABSENCE");
    }

    static String proposal(UUID familyId, Object familyConsented, String proposedLeadUserId, String warmHandoverOn, String needIndicator) {
        return """
                {
                  "familyId": "%s",
                  "childMemberIds": ["%s"],
                  "cscCaseReference": "CSC-2027-0042",
                  "socialWorker": {"userId": "sw", "name": "Sam Social"},
                  "reason": "Child in need plan ending; family wants support to continue",
                  "familyConsented": %s,
                  "proposedLeadProfessional": {"userId": "%s", "name": "Tess Teacher", "agency": "school", "role": "Designated safeguarding lead"},
                  "warmHandoverOn": "%s",
                  "goalsCarriedOver": [
                    {"needIndicator": "%s", "description": "Back in school every day", "measure": "Attendance above 95%%", "targetDate": "2027-07-01"}
                  ]
                }
                """.formatted(familyId, UUID.randomUUID(), familyConsented, proposedLeadUserId, warmHandoverOn, needIndicator);
    }

    static String acceptance(String acceptedOn) {
        return """
                {"acceptedOn": "%s", "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "Designated safeguarding lead"}}
                """.formatted(acceptedOn);
    }

    private StepDownBodies() {
    }
}
