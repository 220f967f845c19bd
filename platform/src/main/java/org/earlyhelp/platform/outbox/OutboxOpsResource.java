package org.earlyhelp.platform.outbox;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * {@code /ops/outbox}: every service's parked events, for an {@code admin}. Not routed by the gateway: ops reach a
 * service directly, inside the cluster.
 */
@Path("/ops/outbox")
@RolesAllowed(Roles.ADMIN)
public class OutboxOpsResource {

    private final ParkedEvents parked;

    public OutboxOpsResource(ParkedEvents parked) {
        this.parked = parked;
    }

    @GET
    @Path("/parked")
    public Page<ParkedEvents.ParkedEvent> parked(@BeanParam @Valid PageRequest page) {
        return parked.list(page);
    }

    /** Puts a parked event back in the queue; its family's later events follow it. */
    @POST
    @Path("/parked/{eventId}/retry")
    public jakarta.ws.rs.core.Response retry(@PathParam("eventId") UUID eventId) {
        if (!parked.retry(eventId)) {
            throw new NotFound("Parked event " + eventId);
        }
        return jakarta.ws.rs.core.Response.accepted(java.util.Map.of("eventId", eventId, "status", "QUEUED")).build();
    }
}
