package org.earlyhelp.referral.stepup;

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

/** {@code /api/referrals}: early help refers up to children's social care, CSC decides. */
@Path("/api/referrals")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.PARTNER_SYSTEM })
public class ReferralResource {

    private final ReferralService service;
    private final CurrentCaller caller;

    public ReferralResource(ReferralService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.PARTNER_SYSTEM })
    @IdempotentWrite
    @Operation(summary = "Refer a family to children's social care (step up)")
    @APIResponse(responseCode = "201", description = "The referral", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReferralView.class)))
    public Response refer(@NotNull @Valid ReferralRequests.Refer body) {
        StepUpReferral referral = service.refer(body, caller.get());
        return Response.created(URI.create("/api/referrals/" + referral.id())).entity(ReferralView.of(referral))
                .tag(etag(referral)).build();
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Submit a draft referral")
    @APIResponse(responseCode = "200", description = "The referral, SUBMITTED", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReferralView.class)))
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReferralRequests.Submit body) {
        StepUpReferral referral = service.submit(id, body, ifMatch, caller.get());
        return Response.ok(ReferralView.of(referral)).tag(etag(referral)).build();
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.PARTNER_SYSTEM })
    @IdempotentWrite
    @Operation(summary = "Record children's social care's decision on a referral")
    @APIResponse(responseCode = "200", description = "The referral with CSC's decision", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReferralView.class)))
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReferralRequests.Decide body) {
        StepUpReferral referral = service.decide(id, body, ifMatch, caller.get());
        return Response.ok(ReferralView.of(referral)).tag(etag(referral)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a referral")
    @APIResponse(responseCode = "200", description = "The referral", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReferralView.class)))
    public Response get(@PathParam("id") UUID id) {
        StepUpReferral referral = service.get(id, caller.get());
        return Response.ok(ReferralView.of(referral)).tag(etag(referral)).build();
    }

    @GET
    @Operation(summary = "Search referrals")
    public Page<ReferralView> search(@QueryParam("familyId") String familyId, @QueryParam("planId") String planId,
            @QueryParam("status") String status, @BeanParam @Valid PageRequest page) {
        ReferralFilter filter = new ReferralFilter(QueryParameters.uuid("familyId", familyId), QueryParameters.uuid("planId", planId),
                QueryParameters.code("status", status, ReferralStatus.class));
        return service.search(caller.get(), filter, page).map(ReferralView::of);
    }

    private static EntityTag etag(StepUpReferral referral) {
        return new EntityTag(Long.toString(referral.version()));
    }
}
