package org.earlyhelp.platform.access;

import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Who may see a family, as far as this service knows it: the relationships the family's records announce in events
 * (architecture.md, Security), kept in {@code family_circle_link} by {@link FamilyCircleProjection}. A practitioner, social
 * worker or partner system is in a family's circle by name (registered it, leads its assessment or plan, sits in its
 * team) or by agency (the family's consent names it; children's social care once it registered the family); the early
 * help team sees every family its area knows. <b>Access flows from the family, never from the caller's own write</b>:
 * a write that names a family asks {@link #requireSees} first, so nothing a caller writes can put them in the circle.
 */
@ApplicationScoped
public class FamilyCircle implements PanacheRepositoryBase<FamilyLink, UUID> {

    /** The agency claim of children's social care: its duty covers the families it registered or a referral brought it. */
    public static final String CHILDRENS_SOCIAL_CARE = "childrens-social-care";

    /** The JPQL condition "the caller is in the circle of the family {@code alias}.familyId", for use in any query. */
    public static final String INCLUDES_CALLER = "exists (select 1 from FamilyLink fl where fl.area = %1$s.area"
            + " and fl.familyId = %1$s.familyId and fl.active = true and (fl.userId = :circleMe or fl.agency = :circleAgency))";

    private final AuditTrail audit;

    public FamilyCircle(AuditTrail audit) {
        this.audit = audit;
    }

    public boolean includes(Caller caller, String area, UUID familyId) {
        if (familyId == null || !caller.area().equals(area)) {
            return false;
        }
        if (caller.hasRole(Roles.EARLY_HELP_TEAM)) {
            return knows(area, familyId); // the area's duty: every family of the area
        }
        return count("area = ?1 and familyId = ?2 and active = true and (userId = ?3 or agency = ?4)", area, familyId,
                caller.userId(), Objects.requireNonNullElse(caller.agency(), "")) > 0;
    }

    /** The area knows the family: it was registered there (the registration link is never ended). */
    public boolean knows(String area, UUID familyId) {
        return count("area = ?1 and familyId = ?2", area, familyId) > 0;
    }

    /**
     * The check every write that names a family makes first. Unless the caller already sees the family (through the
     * circle, or {@code seenOtherwise}: a relationship only this service holds), the attempt is audited as refused, in
     * a transaction of its own, and answered 404 as if the family did not exist: nothing written, no event.
     */
    public void requireSees(Caller caller, UUID familyId, String action, boolean seenOtherwise) {
        if (seenOtherwise || includes(caller, caller.area(), familyId)) {
            return;
        }
        audit.refused(caller, action, familyId, "family/" + familyId);
        throw new NotFound("Family " + familyId);
    }

    public void requireSees(Caller caller, UUID familyId, String action) {
        requireSees(caller, familyId, action, false);
    }

    /** Adds {@code userIds} to the family's circle, granted by {@code sourceRef}. For a service's own facts too. */
    public void addUsers(String area, UUID familyId, Collection<String> userIds, UUID sourceRef) {
        userIds.stream().filter(Objects::nonNull).distinct().forEach(user -> persist(FamilyLink.toUser(area, familyId, user, sourceRef)));
    }

    public void addAgencies(String area, UUID familyId, Collection<String> agencies, UUID sourceRef) {
        agencies.stream().filter(Objects::nonNull).distinct().forEach(agency -> persist(FamilyLink.toAgency(area, familyId, agency, sourceRef)));
    }

    /** Takes back exactly what {@code sourceRef} granted (a withdrawn consent). */
    public void endAllFrom(UUID sourceRef) {
        list("sourceRef = ?1 and active = true", sourceRef).forEach(FamilyLink::end);
    }
}
