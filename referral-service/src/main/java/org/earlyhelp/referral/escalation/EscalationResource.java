package org.earlyhelp.referral.escalation;

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

/**
 * {@code /api/escalations}: professional disagreements (api.md, "People and decisions"). Practitioners, the early help
 * team and social workers raise them; the other side answers; the raiser, the other side or a manager escalates; managers
 * and the safeguarding partnership's lead take part from stage 2.
 */
@Path("/api/escalations")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER })
public class EscalationResource {

    private final EscalationService service;
    private final CurrentCaller caller;

    public EscalationResource(EscalationService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER })
    @IdempotentWrite
    @Operation(summary = "Raise an escalation with another agency")
    @APIResponse(responseCode = "201", description = "The escalation, stage 1, OPEN", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EscalationView.class)))
    public Response raise(@NotNull @Valid EscalationRequests.Raise body) {
        Escalation escalation = service.raise(body, caller.get());
        return Response.created(URI.create("/api/escalations/" + escalation.id())).entity(EscalationView.of(escalation))
                .tag(etag(escalation)).build();
    }

    @POST
    @Path("/{id}/response")
    @IdempotentWrite
    @Operation(summary = "Respond to an escalation")
    @APIResponse(responseCode = "200", description = "The escalation with the response", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EscalationView.class)))
    public Response respond(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EscalationRequests.Respond body) {
        return answer(service.respond(id, body, ifMatch, caller.get()));
    }

    @POST
    @Path("/{id}/escalation")
    @IdempotentWrite
    @Operation(summary = "Escalate to the next stage")
    @APIResponse(responseCode = "200", description = "The escalation at its next stage", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EscalationView.class)))
    public Response escalate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EscalationRequests.Escalate body) {
        return answer(service.escalate(id, body, ifMatch, caller.get()));
    }

    @POST
    @Path("/{id}/resolution")
    @IdempotentWrite
    @Operation(summary = "Resolve an escalation")
    @APIResponse(responseCode = "200", description = "The escalation, resolved", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EscalationView.class)))
    public Response resolve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EscalationRequests.Resolve body) {
        return answer(service.resolve(id, body, ifMatch, caller.get()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an escalation")
    @APIResponse(responseCode = "200", description = "The escalation", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EscalationView.class)))
    public Response get(@PathParam("id") UUID id) {
        return answer(service.get(id, caller.get()));
    }

    @GET
    @Operation(summary = "Search escalations")
    public Page<EscalationView> search(@QueryParam("familyId") String familyId, @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return service.search(caller.get(), new EscalationFilter(QueryParameters.uuid("familyId", familyId),
                QueryParameters.code("status", status, EscalationStatus.class)), page);
    }

    private static Response answer(Escalation escalation) {
        return Response.ok(EscalationView.of(escalation)).tag(etag(escalation)).build();
    }

    private static EntityTag etag(Escalation escalation) {
        return new EntityTag(Long.toString(escalation.version()));
    }
}
