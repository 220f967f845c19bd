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
    public Response subscribe(@NotNull @Valid WebhookRequests.Subscribe body) {
        WebhookSubscription subscription = subscriptions.subscribe(body, caller.get());
        return Response.created(URI.create("/api/webhook-subscriptions/" + subscription.id()))
                .entity(WebhookViews.Subscription.of(subscription, true)).build();
    }

    @GET
    public Page<WebhookViews.Subscription> mine() {
        List<WebhookViews.Subscription> mine = subscriptions.mine(caller.get()).stream().map(s -> WebhookViews.Subscription.of(s, false)).toList();
        return Page.all(mine);
    }

    @GET
    @Path("/{id}")
    public WebhookViews.Subscription get(@PathParam("id") UUID id) {
        return WebhookViews.Subscription.of(subscriptions.own(id, caller.get()), false);
    }

    @POST
    @Path("/{id}/enable")
    public WebhookViews.Subscription enable(@PathParam("id") UUID id) {
        return WebhookViews.Subscription.of(subscriptions.enable(id, caller.get()), false);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(id, caller.get());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    public Page<WebhookViews.Delivery> deliveries(@PathParam("id") UUID id, @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return subscriptions.deliveries(id, caller.get(), QueryParameters.code("status", status, DeliveryStatus.class), page);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        WebhookDelivery delivery = subscriptions.redeliver(id, deliveryId, caller.get());
        return Response.accepted(WebhookViews.Delivery.of(delivery, List.of())).build();
    }
}
