package org.earlyhelp.referral.stepdown;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.idempotency.IdempotentWrite;
import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/step-downs}: CSC proposes (or withdraws), early help accepts or declines. */
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
    @Operation(summary = "Propose a step-down from children's social care to early help")
    @APIResponse(responseCode = "201", description = "The step-down, PROPOSED", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = StepDownView.class)))
    public Response propose(@NotNull @Valid StepDownRequests.Propose body) {
        StepDown stepDown = service.propose(body, caller.get());
        return Response.created(URI.create("/api/step-downs/" + stepDown.id())).entity(service.view(stepDown))
                .tag(etag(stepDown)).build();
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Accept a step-down")
    @APIResponse(responseCode = "200", description = "The step-down, ACCEPTED", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = StepDownView.class)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StepDownRequests.Accept body) {
        return answer(service.accept(id, body, ifMatch, caller.get()));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Decline a step-down")
    @APIResponse(responseCode = "200", description = "The step-down, declined", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = StepDownView.class)))
    public Response decline(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StepDownRequests.Decline body) {
        return answer(service.decline(id, body, ifMatch, caller.get()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @IdempotentWrite
    @Operation(summary = "Withdraw a step-down")
    @APIResponse(responseCode = "200", description = "The step-down, withdrawn", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = StepDownView.class)))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StepDownRequests.Withdraw body) {
        return answer(service.withdraw(id, body, ifMatch, caller.get()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER })
    @Operation(summary = "Read a step-down")
    @APIResponse(responseCode = "200", description = "The step-down", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = StepDownView.class)))
    public Response get(@PathParam("id") UUID id) {
        return answer(service.get(id, caller.get()));
    }

    @GET
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER })
    @Operation(summary = "Search step-downs")
    public Page<StepDownView> search(@QueryParam("familyId") String familyId, @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return service.search(caller.get(),
                new StepDownFilter(QueryParameters.uuid("familyId", familyId), QueryParameters.code("status", status, StepDownStatus.class)),
                page);
    }

    private Response answer(StepDown stepDown) {
        return Response.ok(service.view(stepDown)).tag(etag(stepDown)).build();
    }

    private static EntityTag etag(StepDown stepDown) {
        return new EntityTag(Long.toString(stepDown.version()));
    }
}
