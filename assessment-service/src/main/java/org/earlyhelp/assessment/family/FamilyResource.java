package org.earlyhelp.assessment.family;

import java.net.URI;
import java.util.List;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.idempotency.IdempotentWrite;
import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.Versions;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/families}: register a family, find it, add members, record a birth and a refusal of help. Reads show only
 * families the caller may see.
 */
@Path("/api/families")
public class FamilyResource {

    private final FamilyService families;
    private final CurrentCaller caller;

    public FamilyResource(FamilyService families, CurrentCaller caller) {
        this.families = families;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM, Roles.PARTNER_SYSTEM })
    @IdempotentWrite
    @Operation(summary = "Register a family and its members")
    @APIResponse(responseCode = "201", description = "The family, with its members' ids", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = FamilyView.class)))
    public Response register(@NotNull @Valid FamilyRequests.Register body) {
        Family family = families.register(body, caller.get());
        return Response.created(URI.create("/api/families/" + family.id())).entity(FamilyView.of(family))
                .tag(Versions.etag(family.version())).build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Read a family")
    @APIResponse(responseCode = "200", description = "The family", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = FamilyView.class)))
    public Response get(@PathParam("id") UUID id) {
        Family family = families.get(id, caller.get());
        return Response.ok(FamilyView.of(family)).tag(Versions.etag(family.version())).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Search the families the caller may see")
    public Page<FamilyView> search(@QueryParam("q") String q, @BeanParam @Valid PageRequest page) {
        return families.search(q, caller.get(), page);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM, Roles.PARTNER_SYSTEM })
    @IdempotentWrite
    @Operation(summary = "Add a member to a family")
    @APIResponse(responseCode = "201", description = "The new member", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = FamilyView.MemberView.class)))
    public Response addMember(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid FamilyRequests.AddMember body) {
        FamilyMember member = families.addMember(id, body, ifMatch, caller.get());
        return Response.created(URI.create("/api/families/" + id + "/members/" + member.id()))
                .entity(FamilyView.MemberView.of(member)).build();
    }

    @POST
    @Path("/{id}/members/{memberId}/birth")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM, Roles.PARTNER_SYSTEM })
    @IdempotentWrite
    @Operation(summary = "Record the birth of an unborn member")
    public FamilyView.MemberView recordBirth(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid FamilyRequests.RecordBirth body) {
        return FamilyView.MemberView.of(families.recordBirth(id, memberId, body, ifMatch, caller.get()));
    }

    @POST
    @Path("/{id}/consent-refusals")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.SOCIAL_WORKER, Roles.EARLY_HELP_TEAM, Roles.PARTNER_SYSTEM })
    @IdempotentWrite
    @Operation(summary = "Record that a family refused consent")
    @APIResponse(responseCode = "201", description = "The refusal as recorded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = FamilyView.ConsentRefusalView.class)))
    public Response recordRefusal(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid FamilyRequests.RefuseConsent body) {
        ConsentRefusal refusal = families.recordRefusal(id, body, ifMatch, caller.get());
        return Response.created(URI.create("/api/families/" + id + "/consent-refusals/" + refusal.id()))
                .entity(FamilyView.ConsentRefusalView.of(refusal)).build();
    }

    @GET
    @Path("/{id}/consent-refusals")
    @Authenticated
    @Operation(summary = "List a family's consent refusals")
    public Page<FamilyView.ConsentRefusalView> refusals(@PathParam("id") UUID id) {
        List<FamilyView.ConsentRefusalView> items = families.refusals(id, caller.get()).stream().map(FamilyView.ConsentRefusalView::of).toList();
        return Page.all(items);
    }
}
