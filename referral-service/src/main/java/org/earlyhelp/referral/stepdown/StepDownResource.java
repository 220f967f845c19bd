package org.earlyhelp.referral.stepdown;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.idempotency.IdempotentWrite;
import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;

/** {@code /api/step-downs}: CSC proposes, early help accepts. */
@Path("/api/step-downs")
public class StepDownResource {

    private final StepDownService service;
    private final CurrentCaller caller;

    public StepDownResource(StepDownService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @IdempotentWrite
    public Response propose(@NotNull @Valid StepDownRequests.Propose body) {
        StepDown stepDown = service.propose(body, caller.get());
        return Response.created(URI.create("/api/step-downs/" + stepDown.id())).entity(StepDownView.of(stepDown))
                .tag(etag(stepDown)).build();
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    public Response accept(@PathParam("id") UUID id, @NotNull @Valid StepDownRequests.Accept body) {
        StepDown stepDown = service.accept(id, body, caller.get());
        return Response.ok(StepDownView.of(stepDown)).tag(etag(stepDown)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER })
    public Response get(@PathParam("id") UUID id) {
        StepDown stepDown = service.get(id, caller.get());
        return Response.ok(StepDownView.of(stepDown)).tag(etag(stepDown)).build();
    }

    private static EntityTag etag(StepDown stepDown) {
        return new EntityTag(Long.toString(stepDown.version()));
    }
}
