package org.earlyhelp.assessment.assessment;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.idempotency.IdempotentWrite;
import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.QueryParameters;
import org.earlyhelp.platform.web.Versions;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/assessments}: the Early Help Assessment. */
@Path("/api/assessments")
public class AssessmentResource {

    private final AssessmentService assessments;
    private final CurrentCaller caller;

    public AssessmentResource(AssessmentService assessments, CurrentCaller caller) {
        this.assessments = assessments;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Start an assessment (DRAFT) of children in a family")
    @APIResponse(responseCode = "201", description = "The assessment, DRAFT", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AssessmentView.class)))
    public Response start(@NotNull @Valid AssessmentRequests.Start body) {
        Assessment assessment = assessments.start(body, caller.get());
        return Response.created(URI.create("/api/assessments/" + assessment.id())).entity(AssessmentView.of(assessment))
                .tag(Versions.etag(assessment.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM })
    @Operation(summary = "Revise a DRAFT assessment")
    @APIResponse(responseCode = "200", description = "The assessment as revised", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AssessmentView.class)))
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AssessmentContent.Patch body) {
        Assessment assessment = assessments.revise(id, body, ifMatch, caller.get());
        return Response.ok(AssessmentView.of(assessment)).tag(Versions.etag(assessment.version())).build();
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Complete an assessment: needs, each child's voice and the six factors recorded")
    @APIResponse(responseCode = "200", description = "The assessment, COMPLETED", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AssessmentView.class)))
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AssessmentRequests.Complete body) {
        Assessment assessment = assessments.complete(id, body, ifMatch, caller.get());
        return Response.ok(AssessmentView.of(assessment)).tag(Versions.etag(assessment.version())).build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Read an assessment")
    @APIResponse(responseCode = "200", description = "The assessment", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AssessmentView.class)))
    public Response get(@PathParam("id") UUID id) {
        Assessment assessment = assessments.get(id, caller.get());
        return Response.ok(AssessmentView.of(assessment)).tag(Versions.etag(assessment.version())).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List a family's assessments")
    public Page<AssessmentView> ofFamily(@QueryParam("familyId") String familyId) {
        UUID family = QueryParameters.uuid("familyId", familyId);
        if (family == null) {
            throw new QueryParameters.BadQueryParameter("familyId", "is required");
        }
        List<AssessmentView> items = assessments.ofFamily(family, caller.get()).stream().map(AssessmentView::of).toList();
        return Page.all(items);
    }
}
