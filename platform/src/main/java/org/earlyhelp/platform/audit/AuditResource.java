package org.earlyhelp.platform.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.QueryParameters;

/**
 * {@code GET /api/audit?familyId=}: who read or changed this service's records of a family, refused attempts included, for
 * auditors and the early help team of the area. Every service answers its own part; the gateway gathers them into one trail.
 */
@Path("/api/audit")
@RolesAllowed({ Roles.AUDITOR, Roles.EARLY_HELP_TEAM })
public class AuditResource {

    private final AuditTrail audit;
    private final CurrentCaller caller;

    public AuditResource(AuditTrail audit, CurrentCaller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    /** {@code outcome}: {@code ALLOWED}, or {@code REFUSED} for an attempt the caller's relationship did not allow. */
    public record AuditEntryView(UUID id, Instant at, String userId, String agency, String action, UUID familyId, String resource,
            String outcome) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id, e.at, e.userId, e.agency, e.action, e.familyId, e.resourceRef, e.outcome);
        }
    }

    @GET
    public Page<AuditEntryView> ofFamily(@QueryParam("familyId") String familyId, @BeanParam @Valid PageRequest page) {
        UUID family = QueryParameters.uuid("familyId", familyId);
        if (family == null) {
            throw new QueryParameters.BadQueryParameter("familyId", "is required");
        }
        return audit.ofFamily(caller.get().area(), family, page).map(AuditEntryView::of);
    }
}
