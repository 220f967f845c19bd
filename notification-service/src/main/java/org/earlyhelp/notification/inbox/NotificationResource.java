package org.earlyhelp.notification.inbox;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/** {@code /api/notifications}: the caller's inbox (and the team inbox for the early help team), newest first. */
@Path("/api/notifications")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER })
public class NotificationResource {

    private final NotificationService notifications;
    private final CurrentCaller caller;

    public NotificationResource(NotificationService notifications, CurrentCaller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    @GET
    public Page<NotificationView> inbox(@QueryParam("unread") @DefaultValue("false") boolean unread, @BeanParam @Valid PageRequest page) {
        return notifications.inboxOf(caller.get(), unread, page).map(NotificationView::of);
    }

    @POST
    @Path("/{id}/read")
    public NotificationView read(@PathParam("id") UUID id) {
        return NotificationView.of(notifications.markRead(id, caller.get()));
    }
}
