package org.earlyhelp.assessment.access;

import java.util.HashMap;
import java.util.Map;

import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;

/**
 * Who may see a family (architecture.md, Security; the assessment issue): the early help team
 * sees its area; a practitioner, social worker or partner system sees a family they registered,
 * one where they lead an assessment or lead its plan or sit in its team (plan-service's events, in the platform's family
 * circle), or one whose active consent names their agency; a social
 * worker also sees a family children's social care is involved with in their area (a step-up
 * referral or a step-down, learned from referral-service's events). Nobody else
 * (an auditor reads the audit trail only). One JPQL predicate, used for every read, so a list and
 * a single read can never disagree.
 */
public record VisibleFamilies(String predicate, Map<String, Object> parameters) {

    /** @param family the JPQL alias of the Family entity */
    public static VisibleFamilies to(Caller caller, String family) {
        Map<String, Object> params = new HashMap<>();
        params.put("vfArea", caller.area());
        if (caller.hasRole(Roles.EARLY_HELP_TEAM)) {
            return new VisibleFamilies(family + ".area = :vfArea", params);
        }
        if (!caller.hasAnyRole(Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.PARTNER_SYSTEM)) {
            return new VisibleFamilies("1 = 0", Map.of());
        }
        params.put("vfMe", caller.userId());
        params.put("vfAgency", caller.agency() == null ? "" : caller.agency());
        String predicate = family + ".area = :vfArea and (" + family + ".registeredBy = :vfMe"
                + " or exists (select 1 from Assessment va where va.familyId = " + family + ".id and va.leadProfessional.userId = :vfMe)"
                + " or exists (select 1 from Consent vc join vc.sharedWithAgencies vag where vc.familyId = " + family + ".id"
                + " and vc.withdrawnOn is null and vag = :vfAgency)"
                + " or exists (select 1 from FamilyLink vl where vl.familyId = " + family + ".id and vl.area = :vfArea"
                + " and vl.active = true and vl.userId = :vfMe)"
                + (caller.hasRole(Roles.SOCIAL_WORKER)
                        ? " or exists (select 1 from CscInvolvementRecord ci where ci.familyId = " + family + ".id and ci.area = :vfArea)"
                        : "")
                + ")";
        return new VisibleFamilies(predicate, params);
    }
}
