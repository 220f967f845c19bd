package org.earlyhelp.notification.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.timeline.TimelineItem;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.QueryParameters;

/** {@code GET /api/timeline?familyId=}: the notifications about the family that the caller (or their team inbox) received. */
@Path("/api/timeline")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER })
public class InboxTimelineResource {

    private final NotificationService notifications;
    private final CurrentCaller caller;

    public InboxTimelineResource(NotificationService notifications, CurrentCaller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    @GET
    public TimelineItem.Items of(@QueryParam("familyId") String familyId) {
        var id = QueryParameters.requiredUuid("familyId", familyId);
        return TimelineItem.Items.inOrder(notifications.inboxOf(caller.get(), new InboxFilter(false, id), PageRequest.of(0, 200)).items()
                .stream().map(n -> new TimelineItem(n.createdAt(), "NOTIFICATION", "notification-service", "notification/" + n.id(), n.message()))
                .toList());
    }
}
