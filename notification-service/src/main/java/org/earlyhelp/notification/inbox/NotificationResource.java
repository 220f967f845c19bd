package org.earlyhelp.notification.inbox;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.notification.email.EmailPreferences;
import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.QueryParameters;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.quarkus.security.identity.SecurityIdentity;

import io.smallrye.mutiny.Multi;

/** {@code /api/notifications}: the caller's inbox (and the team inbox for the early help team), newest first. */
@Path("/api/notifications")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER })
public class NotificationResource {

    private final NotificationService notifications;
    private final CurrentCaller caller;
    private final NotificationStream stream;
    private final EmailPreferences preferences;
    private final SecurityIdentity identity;

    public NotificationResource(NotificationService notifications, CurrentCaller caller, NotificationStream stream,
            EmailPreferences preferences, SecurityIdentity identity) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.identity = identity;
        this.caller = caller;
        this.stream = stream;
    }

    @GET
    public Page<NotificationView> inbox(@QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("familyId") String familyId, @BeanParam @Valid PageRequest page) {
        preferences.learn(caller.get(), emailClaim());
        return notifications.inboxOf(caller.get(), new InboxFilter(unread, QueryParameters.uuid("familyId", familyId)), page)
                .map(NotificationView::of);
    }

    /** The token's email claim, when it has one: where this practitioner's notifications are emailed unless they say otherwise. */
    private String emailClaim() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("email") : null;
    }

    /** {@code {"unread": N}}: for a badge, without fetching the inbox. */
    @GET
    @Path("/unread-count")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unreadCount(caller.get()));
    }

    /** Server-sent events: each new notification for the caller (and their team inbox), as JSON, from the moment they connect. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<NotificationView> stream() {
        return stream.of(caller.get()).map(NotificationView::of);
    }

    @POST
    @Path("/{id}/read")
    public NotificationView read(@PathParam("id") UUID id) {
        return NotificationView.of(notifications.markRead(id, caller.get()));
    }
}
