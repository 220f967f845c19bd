package org.earlyhelp.notification.webhooks;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/webhook-subscriptions}: partner systems subscribe to the area's events and read their delivery log. */
@Path("/api/webhook-subscriptions")
@RolesAllowed(Roles.PARTNER_SYSTEM)
public class WebhookSubscriptionResource {

    private final WebhookSubscriptions subscriptions;
    private final CurrentCaller caller;

    public WebhookSubscriptionResource(WebhookSubscriptions subscriptions, CurrentCaller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Subscribe a partner system's URL to event types")
    @APIResponse(responseCode = "201", description = "The subscription, with its signing secret (shown this once)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebhookViews.Subscription.class)))
    public Response subscribe(@NotNull @Valid WebhookRequests.Subscribe body) {
        WebhookSubscriptions.Subscribed created = subscriptions.subscribe(body, caller.get());
        return Response.created(URI.create("/api/webhook-subscriptions/" + created.subscription().id()))
                .entity(WebhookViews.Subscription.of(created.subscription(), created.secret())).build();
    }

    @GET
    @Operation(summary = "List the caller's webhook subscriptions")
    public Page<WebhookViews.Subscription> mine() {
        List<WebhookViews.Subscription> mine = subscriptions.mine(caller.get()).stream().map(s -> WebhookViews.Subscription.of(s)).toList();
        return Page.all(mine);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a webhook subscription")
    public WebhookViews.Subscription get(@PathParam("id") UUID id) {
        return WebhookViews.Subscription.of(subscriptions.own(id, caller.get()));
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Enable a webhook subscription again")
    public WebhookViews.Subscription enable(@PathParam("id") UUID id) {
        return WebhookViews.Subscription.of(subscriptions.enable(id, caller.get()));
    }

    @POST
    @Path("/{id}/secret-rotations")
    // the body is optional: a POST with none is a rotation with the default overlap (OptionalRotationBody)
    @Operation(summary = "Rotate the subscription's signing secret",
            description = "A new secret signs every message from now on, shown only in this answer; the previous one also signs them "
                    + "(webhook-signature: v1,<new> v1,<old>) until previousSecretValidUntil: overlapHours (0..168) after now, "
                    + "24 by default, 0 to retire it at once. The body is optional.")
    @APIResponse(responseCode = "200", description = "The new secret and until when the previous one still signs",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebhookViews.SecretRotation.class)))
    @APIResponse(responseCode = "400", description = "overlapHours not between 0 and 168",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's",
            content = @Content(mediaType = "application/problem+json"))
    public WebhookViews.SecretRotation rotateSecret(@PathParam("id") UUID id, @Valid WebhookRequests.RotateSecret body) {
        return subscriptions.rotateSecret(id, body == null ? null : body.overlapHours(), caller.get());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook subscription")
    @APIResponse(responseCode = "204", description = "Deleted: no more deliveries")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(id, caller.get());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "List a subscription's deliveries")
    public Page<WebhookViews.Delivery> deliveries(@PathParam("id") UUID id, @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return subscriptions.deliveries(id, caller.get(), QueryParameters.code("status", status, DeliveryStatus.class), page);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    @Operation(summary = "Send a delivery again")
    @APIResponse(responseCode = "202", description = "The delivery, queued again", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = WebhookViews.Delivery.class)))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        WebhookDelivery delivery = subscriptions.redeliver(id, deliveryId, caller.get());
        return Response.accepted(WebhookViews.Delivery.of(delivery, List.of())).build();
    }
}
