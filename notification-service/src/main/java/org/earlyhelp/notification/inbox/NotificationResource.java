package org.earlyhelp.notification.inbox;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.earlyhelp.notification.email.EmailPreferences;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.QueryParameters;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

import io.smallrye.mutiny.Multi;

/** {@code /api/notifications}: the caller's inbox (and the team inbox for the early help team), newest first. */
@Path("/api/notifications")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER })
public class NotificationResource {

    /** The class's roles: who reads notifications (the stream checks them itself, see {@link #stream(String, Sse)}). */
    private static final String[] READERS = { Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER };

    private final NotificationService notifications;
    private final CurrentCaller caller;
    private final NotificationStream stream;
    private final EmailPreferences preferences;
    private final SecurityIdentity identity;
    private final StreamTickets tickets;

    public NotificationResource(NotificationService notifications, CurrentCaller caller, NotificationStream stream,
            EmailPreferences preferences, SecurityIdentity identity, StreamTickets tickets) {
        this.tickets = tickets;
        this.notifications = notifications;
        this.preferences = preferences;
        this.identity = identity;
        this.caller = caller;
        this.stream = stream;
    }

    @GET
    @Operation(summary = "List the caller's notifications, newest first")
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

    /** The shape of {@code unreadCount}'s answer, for the API document only. */
    @Schema(name = "UnreadCount", description = "How many of the caller's notifications are unread")
    record UnreadCount(@Schema(minimum = "0", examples = "3") long unread) {
    }

    /** {@code {"unread": N}}: for a badge, without fetching the inbox. */
    @GET
    @Path("/unread-count")
    @Operation(summary = "Count the caller's unread notifications")
    @APIResponse(responseCode = "200", description = "The number unread", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = UnreadCount.class)))
    public Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unreadCount(caller.get()));
    }

    /**
     * Server-sent events: each new notification for the caller (and their team inbox), as JSON, from the moment they connect.
     * The caller is the bearer token's, or (for a browser's {@code EventSource}, which cannot send a header) the one a
     * single-use {@code ticket} from {@link #streamTicket()} stands for. {@code @PermitAll} only so that a request with a
     * ticket and no token reaches this method: without a valid ticket it needs a token with one of the class's roles, as
     * before, and an unknown, expired or used ticket is 401; nothing is streamed in either case.
     */
    @GET
    @Path("/stream")
    @PermitAll
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stream new notifications (server-sent events)", description = "With a bearer token, or with ?ticket= from "
            + "POST /api/notifications/stream-tickets (single use, about 30 s) where no header can be sent (EventSource).")
    @APIResponse(responseCode = "200", description = "Each new notification as a JSON event",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = NotificationView.class)))
    public Multi<OutboundSseEvent> stream(@QueryParam("ticket") @Parameter(description = "A stream ticket, instead of a bearer token")
            String ticket, @Context Sse sse) {
        Caller streaming = ticket == null ? tokenCaller() : tickets.redeem(ticket);
        Multi<OutboundSseEvent> arriving = stream.of(streaming)
                .map(n -> sse.newEventBuilder().data(NotificationView.class, NotificationView.of(n)).build());
        // ": connected" at once, then ": keep-alive" (SSE comments, ignored by clients): see NotificationStream.heartbeats
        Multi<OutboundSseEvent> heartbeats = stream.heartbeats()
                .map(tick -> sse.newEventBuilder().comment(tick == 0 ? "connected" : "keep-alive").build());
        return Multi.createBy().merging().streams(heartbeats, arriving);
    }

    /** The stream's caller by token: the class's roles, checked here because the method itself must let a ticket in. */
    private Caller tokenCaller() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Caller current = caller.get();
        if (!current.hasAnyRole(READERS)) {
            throw new ForbiddenException();
        }
        return current;
    }

    /**
     * A single-use ticket for the stream, valid about 30 s, standing for the caller (user id, area, agency, roles): for a
     * browser, whose {@code EventSource} cannot send the bearer token.
     */
    @POST
    @Path("/stream-tickets")
    @Operation(summary = "Get a single-use ticket for the notification stream",
            description = "For GET /api/notifications/stream?ticket=... from a browser's EventSource, which cannot send a bearer "
                    + "token. The ticket stands for the caller, once, until expiresAt (about 30 s).")
    @APIResponse(responseCode = "200", description = "The ticket (shown only here: it is no record with an address of its own) and when it expires",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StreamTicketView.class)))
    public Response streamTicket() {
        StreamTicketView issued = StreamTicketView.of(tickets.issue(caller.get()));
        return Response.ok(issued).build();
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a notification read")
    public NotificationView read(@PathParam("id") UUID id) {
        return NotificationView.of(notifications.markRead(id, caller.get()));
    }
}
