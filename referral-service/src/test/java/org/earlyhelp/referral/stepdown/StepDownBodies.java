package org.earlyhelp.referral.stepdown;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.platform.time.RecordedDates;

import io.quarkus.arc.Arc;

/**
 * Request bodies as a partner system would send them, dated relative to the platform's today (the clock
 * {@code earlyhelp.clock.today} may move): proposed today (no {@code proposedOn}, so the default), warm handover in a
 * week, the goal due in 30 weeks, accepted today.
 */
final class StepDownBodies {

    /** Today by the running service's clock. */
    static LocalDate today() {
        return RecordedDates.today(Arc.container().instance(Clock.class).get());
    }

    static String proposal(UUID familyId, Object familyConsented, String proposedLeadUserId) {
        return proposal(familyId, familyConsented, proposedLeadUserId, today().plusWeeks(1).toString(), "PERSISTENT_ABSENCE");
    }

    static String proposal(UUID familyId, Object familyConsented, String proposedLeadUserId, String warmHandoverOn, String needIndicator) {
        return proposal(familyId, familyConsented, proposedLeadUserId, null, warmHandoverOn, needIndicator, today().plusWeeks(30).toString());
    }

    /** {@code proposedOn} {@code null}: not sent (the service takes today). */
    static String proposal(UUID familyId, Object familyConsented, String proposedLeadUserId, String proposedOn, String warmHandoverOn,
            String needIndicator, String targetDate) {
        return """
                {
                  "familyId": "%s",
                  "childMemberIds": ["%s"],
                  "cscCaseReference": "CSC-2027-0042",
                  "socialWorker": {"userId": "sw", "name": "Sam Social"},
                  "reason": "Child in need plan ending; family wants support to continue",
                  "familyConsented": %s,
                  "proposedLeadProfessional": {"userId": "%s", "name": "Tess Teacher", "agency": "school", "role": "Designated safeguarding lead"},%s
                  "warmHandoverOn": "%s",
                  "goalsCarriedOver": [
                    {"needIndicator": "%s", "description": "Back in school every day", "measure": "Attendance above 95%%", "targetDate": "%s"}
                  ]
                }
                """.formatted(familyId, UUID.randomUUID(), familyConsented, proposedLeadUserId,
                proposedOn == null ? "" : "\n  \"proposedOn\": \"" + proposedOn + "\",", warmHandoverOn, needIndicator, targetDate);
    }

    static String acceptance() {
        return acceptance(today().toString());
    }

    static String acceptance(String acceptedOn) {
        return """
                {"acceptedOn": "%s", "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "Designated safeguarding lead"}}
                """.formatted(acceptedOn);
    }

    private StepDownBodies() {
    }
}
