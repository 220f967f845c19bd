package org.earlyhelp.assessment.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.timeline.TimelineItem;
import org.earlyhelp.platform.web.QueryParameters;

/** {@code GET /api/timeline?familyId=}: this service's entries of a family's timeline; the gateway's {@code /api/families/{id}/timeline} merges them. */
@Path("/api/timeline")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER, Roles.PARTNER_SYSTEM })
public class TimelineResource {

    private final FamilyTimeline timeline;
    private final CurrentCaller caller;

    public TimelineResource(FamilyTimeline timeline, CurrentCaller caller) {
        this.timeline = timeline;
        this.caller = caller;
    }

    @GET
    public TimelineItem.Items of(@QueryParam("familyId") String familyId) {
        return TimelineItem.Items.inOrder(timeline.of(QueryParameters.requiredUuid("familyId", familyId), caller.get()));
    }
}
