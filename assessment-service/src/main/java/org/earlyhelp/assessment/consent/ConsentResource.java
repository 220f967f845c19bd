package org.earlyhelp.assessment.consent;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.idempotency.IdempotentWrite;
import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/families/{id}/consents} and {@code /sharing-decisions} (with a manager's {@code /approval}). */
@Path("/api/families/{familyId}")
public class ConsentResource {

    private final ConsentService consents;
    private final CurrentCaller caller;

    public ConsentResource(ConsentService consents, CurrentCaller caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @POST
    @Path("/consents")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM, Roles.PARTNER_SYSTEM })
    @IdempotentWrite
    @Operation(summary = "Record consent given by a family member")
    @APIResponse(responseCode = "201", description = "The consent as recorded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ConsentViews.ConsentView.class)))
    public Response give(@PathParam("familyId") UUID familyId, @NotNull @Valid ConsentRequests.Give body) {
        Consent consent = consents.give(familyId, body, caller.get());
        return Response.created(URI.create("/api/families/" + familyId + "/consents/" + consent.id()))
                .entity(ConsentViews.ConsentView.of(consent)).build();
    }

    @GET
    @Path("/consents")
    @Authenticated
    @Operation(summary = "List a family's consents")
    public Page<ConsentViews.ConsentView> list(@PathParam("familyId") UUID familyId) {
        List<ConsentViews.ConsentView> items = consents.list(familyId, caller.get()).stream().map(ConsentViews.ConsentView::of).toList();
        return Page.all(items);
    }

    @POST
    @Path("/consents/{consentId}/withdrawal")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM, Roles.PARTNER_SYSTEM })
    @IdempotentWrite
    @Operation(summary = "Withdraw a consent")
    public ConsentViews.ConsentView withdraw(@PathParam("familyId") UUID familyId, @PathParam("consentId") UUID consentId,
            @NotNull @Valid ConsentRequests.Withdraw body) {
        return ConsentViews.ConsentView.of(consents.withdraw(familyId, consentId, body, caller.get()));
    }

    @POST
    @Path("/sharing-decisions")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM, Roles.PARTNER_SYSTEM })
    @IdempotentWrite
    @Operation(summary = "Record an information-sharing decision")
    @APIResponse(responseCode = "201", description = "The sharing decision as recorded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ConsentViews.SharingDecisionView.class)))
    public Response decide(@PathParam("familyId") UUID familyId, @NotNull @Valid ConsentRequests.Decide body) {
        SharingDecision decision = consents.decide(familyId, body, caller.get());
        return Response.created(URI.create("/api/families/" + familyId + "/sharing-decisions/" + decision.id()))
                .entity(ConsentViews.SharingDecisionView.of(decision)).build();
    }

    @GET
    @Path("/sharing-decisions")
    @Authenticated
    @Operation(summary = "List a family's information-sharing decisions")
    public Page<ConsentViews.SharingDecisionView> decisions(@PathParam("familyId") UUID familyId) {
        List<ConsentViews.SharingDecisionView> items = consents.decisions(familyId, caller.get()).stream()
                .map(ConsentViews.SharingDecisionView::of).toList();
        return Page.all(items);
    }

    @GET
    @Path("/sharing-decisions/{decisionId}")
    @Authenticated
    @Operation(summary = "Read an information-sharing decision")
    public ConsentViews.SharingDecisionView decision(@PathParam("familyId") UUID familyId, @PathParam("decisionId") UUID decisionId) {
        return ConsentViews.SharingDecisionView.of(consents.decision(familyId, decisionId, caller.get()));
    }

    /** When the information actually went (a share recorded, or agreed by a manager, before it went). */
    @POST
    @Path("/sharing-decisions/{decisionId}/shared")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM, Roles.PARTNER_SYSTEM })
    @IdempotentWrite
    @Operation(summary = "Record that information was shared under a decision")
    public ConsentViews.SharingDecisionView shared(@PathParam("familyId") UUID familyId, @PathParam("decisionId") UUID decisionId,
            @NotNull @Valid ConsentRequests.Shared body) {
        return ConsentViews.SharingDecisionView.of(consents.recordShared(familyId, decisionId, body, caller.get()));
    }

    /** A manager of the area agrees, or not, to sharing without consent; anyone else who sees the family: 403. */
    @POST
    @Path("/sharing-decisions/{decisionId}/approval")
    @RolesAllowed({ Roles.MANAGER, Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM, Roles.PARTNER_SYSTEM })
    @IdempotentWrite
    @Operation(summary = "Approve or refuse a sharing decision (a manager of the area)")
    public ConsentViews.SharingDecisionView approve(@PathParam("familyId") UUID familyId, @PathParam("decisionId") UUID decisionId,
            @NotNull @Valid ConsentRequests.Approve body) {
        return ConsentViews.SharingDecisionView.of(consents.approve(familyId, decisionId, body, caller.get()));
    }
}
