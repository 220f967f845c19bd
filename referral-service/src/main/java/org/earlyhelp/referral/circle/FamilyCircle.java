package org.earlyhelp.referral.circle;

import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Who may see a family, as far as referral-service knows it: the relationships other services
 * announce in their events (architecture.md, Security). Practitioners and partner systems are in
 * a family's circle by name or by agency; the early help team sees every family its area knows.
 */
@ApplicationScoped
public class FamilyCircle implements PanacheRepositoryBase<FamilyLink, UUID> {

    /** The JPQL condition "the caller is in the circle of the family {@code alias}.familyId", for use in any query. */
    public static final String INCLUDES_CALLER = "exists (select 1 from FamilyLink fl where fl.area = %1$s.area"
            + " and fl.familyId = %1$s.familyId and fl.active = true and (fl.userId = :circleMe or fl.agency = :circleAgency))";

    public boolean includes(Caller caller, String area, UUID familyId) {
        if (!caller.area().equals(area)) {
            return false;
        }
        if (caller.hasRole(Roles.EARLY_HELP_TEAM)) {
            return count("area = ?1 and familyId = ?2", area, familyId) > 0; // a family of the team's area
        }
        return count("area = ?1 and familyId = ?2 and active = true and (userId = ?3 or agency = ?4)", area, familyId,
                caller.userId(), Objects.requireNonNullElse(caller.agency(), "")) > 0;
    }

    void addUsers(String area, UUID familyId, Collection<String> userIds, UUID sourceRef) {
        userIds.stream().filter(Objects::nonNull).distinct().forEach(user -> persist(FamilyLink.toUser(area, familyId, user, sourceRef)));
    }

    void addAgencies(String area, UUID familyId, Collection<String> agencies, UUID sourceRef) {
        agencies.stream().filter(Objects::nonNull).distinct().forEach(agency -> persist(FamilyLink.toAgency(area, familyId, agency, sourceRef)));
    }

    void endAllFrom(UUID sourceRef) {
        list("sourceRef = ?1 and active = true", sourceRef).forEach(FamilyLink::end);
    }
}
