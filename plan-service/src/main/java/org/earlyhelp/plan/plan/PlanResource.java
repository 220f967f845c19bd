package org.earlyhelp.plan.plan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.idempotency.IdempotentWrite;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.QueryParameters;
import org.earlyhelp.platform.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/plans}: the plans the caller may see. */
@Path("/api/plans")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER, Roles.PARTNER_SYSTEM })
public class PlanResource {

    private final PlanQueries queries;
    private final PlanCommands commands;
    private final CurrentCaller caller;

    public PlanResource(PlanQueries queries, PlanCommands commands, CurrentCaller caller) {
        this.queries = queries;
        this.commands = commands;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search plans")
    public Page<PlanView> search(@QueryParam("familyId") String familyId, @QueryParam("status") String status,
            @QueryParam("origin") String origin, @QueryParam("originRef") String originRef,
            @QueryParam("leadProfessional") String leadProfessional, @QueryParam("reviewDueBefore") String reviewDueBefore,
            @BeanParam @Valid PageRequest page) {
        Caller me = caller.get();
        String lead = "me".equals(leadProfessional) ? me.userId() : leadProfessional;
        PlanFilter filter = new PlanFilter(QueryParameters.uuid("familyId", familyId),
                QueryParameters.code("status", status, PlanStatus.class), QueryParameters.code("origin", origin, PlanOriginKind.class),
                QueryParameters.uuid("originRef", originRef), lead, QueryParameters.date("reviewDueBefore", reviewDueBefore));
        return queries.search(me, filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a plan")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.class)))
    public Response get(@PathParam("id") UUID id) {
        PlanView plan = queries.get(id, caller.get());
        return Response.ok(plan).tag(Versions.etag(plan.version())).build();
    }

    @POST
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Open a plan by hand")
    @APIResponse(responseCode = "201", description = "The new plan", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.class)))
    public Response open(@NotNull @Valid PlanRequests.NewPlan body) {
        PlanView plan = commands.open(body, caller.get());
        return Response.created(URI.create("/api/plans/" + plan.id())).entity(plan).tag(Versions.etag(plan.version())).build();
    }

    @POST
    @Path("/{id}/agreement")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Record the family's agreement to the plan")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.class)))
    public Response recordAgreement(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PlanRequests.Agreement body) {
        PlanView plan = commands.recordAgreement(id, body, ifMatch, caller.get());
        return Response.ok(plan).tag(Versions.etag(plan.version())).build();
    }

    @POST
    @Path("/{id}/goals")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Add a goal to a plan")
    @APIResponse(responseCode = "201", description = "The new goal", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.GoalView.class)))
    public Response addGoal(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PlanRequests.NewGoal body) {
        PlanView plan = commands.addGoal(id, body, ifMatch, caller.get());
        PlanView.GoalView goal = plan.goals().get(plan.goals().size() - 1);
        return Response.created(URI.create("/api/plans/" + id + "/goals/" + goal.id())).entity(goal).tag(Versions.etag(plan.version())).build();
    }

    @POST
    @Path("/{id}/goals/{goalId}/actions")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Add an action to a goal")
    @APIResponse(responseCode = "201", description = "The new action", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.ActionView.class)))
    public Response addAction(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PlanRequests.NewAction body) {
        PlanView plan = commands.addAction(id, goalId, body, ifMatch, caller.get());
        List<PlanView.ActionView> actions = goal(plan, goalId).actions();
        PlanView.ActionView action = actions.get(actions.size() - 1);
        return Response.created(URI.create("/api/plans/" + id + "/goals/" + goalId + "/actions/" + action.id())).entity(action)
                .tag(Versions.etag(plan.version())).build();
    }

    @PATCH
    @Path("/{id}/goals/{goalId}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Edit a goal")
    @APIResponse(responseCode = "200", description = "The goal as edited", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.GoalView.class)))
    public Response editGoal(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PlanRequests.GoalChange body) {
        PlanView plan = commands.editGoal(id, goalId, body, ifMatch, caller.get());
        return Response.ok(goal(plan, goalId)).tag(Versions.etag(plan.version())).build();
    }

    @POST
    @Path("/{id}/goals/{goalId}/withdrawal")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Withdraw a goal")
    @APIResponse(responseCode = "200", description = "The goal, WITHDRAWN", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.GoalView.class)))
    public Response withdrawGoal(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PlanRequests.Withdrawal body) {
        PlanView plan = commands.withdrawGoal(id, goalId, body, ifMatch, caller.get());
        return Response.ok(goal(plan, goalId)).tag(Versions.etag(plan.version())).build();
    }

    @PATCH
    @Path("/{id}/goals/{goalId}/actions/{actionId}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Edit an action")
    @APIResponse(responseCode = "200", description = "The action as edited", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.ActionView.class)))
    public Response editAction(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId, @PathParam("actionId") UUID actionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PlanRequests.ActionChange body) {
        PlanView plan = commands.editAction(id, goalId, actionId, body, ifMatch, caller.get());
        return Response.ok(action(plan, goalId, actionId)).tag(Versions.etag(plan.version())).build();
    }

    @POST
    @Path("/{id}/goals/{goalId}/actions/{actionId}/withdrawal")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Withdraw an action")
    @APIResponse(responseCode = "200", description = "The action, withdrawn", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.ActionView.class)))
    public Response withdrawAction(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId, @PathParam("actionId") UUID actionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PlanRequests.Withdrawal body) {
        PlanView plan = commands.withdrawAction(id, goalId, actionId, body, ifMatch, caller.get());
        return Response.ok(action(plan, goalId, actionId)).tag(Versions.etag(plan.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "List a plan's changes, newest first")
    public Page<PlanChangeView> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return queries.history(id, caller.get(), page);
    }

    private static PlanView.GoalView goal(PlanView plan, UUID goalId) {
        return plan.goals().stream().filter(g -> g.id().equals(goalId)).findFirst().orElseThrow();
    }

    private static PlanView.ActionView action(PlanView plan, UUID goalId, UUID actionId) {
        return goal(plan, goalId).actions().stream().filter(a -> a.id().equals(actionId)).findFirst().orElseThrow();
    }

    @PUT
    @Path("/{id}/team")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @Operation(summary = "Replace the team around the family")
    @APIResponse(responseCode = "200", description = "The plan with its new team", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.class)))
    public Response replaceTeam(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PlanRequests.Team body) {
        PlanView plan = commands.replaceTeam(id, body, ifMatch, caller.get());
        return Response.ok(plan).tag(Versions.etag(plan.version())).build();
    }

    @POST
    @Path("/{id}/lead-professional-handovers")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Hand the plan over to a new lead professional")
    @APIResponse(responseCode = "201", description = "The plan with the handover", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.class)))
    public Response handOver(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PlanRequests.NewHandover body) {
        PlanView plan = commands.handOver(id, body, ifMatch, caller.get());
        return Response.created(URI.create("/api/plans/" + id)).entity(plan).tag(Versions.etag(plan.version())).build();
    }

    // --- issue 18: follow-ups ---

    @POST
    @Path("/{id}/lead-professional-handovers/{handoverId}/completion")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Complete a lead professional handover")
    @APIResponse(responseCode = "200", description = "The handover, completed", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.HandoverView.class)))
    public Response completeHandover(@PathParam("id") UUID id, @PathParam("handoverId") UUID handoverId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PlanRequests.HandoverCompletion body) {
        PlanView plan = commands.completeHandover(id, handoverId, body, ifMatch, caller.get());
        PlanView.HandoverView handover = plan.handovers().stream().filter(h -> h.id().equals(handoverId)).findFirst().orElseThrow();
        return Response.ok(handover).tag(Versions.etag(plan.version())).build();
    }

    @POST
    @Path("/{id}/sharing")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Record that the revised plan was shared")
    @APIResponse(responseCode = "201", description = "The plan, shared", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.class)))
    public Response shareRevisedPlan(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PlanRequests.Sharing body) {
        PlanView plan = commands.shareRevisedPlan(id, body, ifMatch, caller.get());
        return Response.created(URI.create("/api/plans/" + id)).entity(plan).tag(Versions.etag(plan.version())).build();
    }

    // --- end of issue 18 follow-ups ---

    @GET
    @Path("/{id}/reviews")
    @Operation(summary = "List a plan's reviews")
    public Page<ReviewView> reviews(@PathParam("id") UUID id) {
        List<ReviewView> reviews = commands.reviews(id, caller.get());
        return Page.all(reviews);
    }

    @POST
    @Path("/{id}/reviews/{reviewId}/outcome")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Record a review's outcome")
    @APIResponse(responseCode = "200", description = "The plan after the review", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.class)))
    public Response holdReview(@PathParam("id") UUID id, @PathParam("reviewId") UUID reviewId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PlanRequests.Outcome body) {
        PlanView plan = commands.holdReview(id, reviewId, body, ifMatch, caller.get());
        return Response.ok(plan).tag(Versions.etag(plan.version())).build();
    }

    @POST
    @Path("/{id}/reviews/{reviewId}/reschedule")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Reschedule a review")
    @APIResponse(responseCode = "200", description = "The plan with the review rescheduled", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.class)))
    public Response rescheduleReview(@PathParam("id") UUID id, @PathParam("reviewId") UUID reviewId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PlanRequests.Reschedule body) {
        PlanView plan = commands.rescheduleReview(id, reviewId, body, ifMatch, caller.get());
        return Response.ok(plan).tag(Versions.etag(plan.version())).build();
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM })
    @IdempotentWrite
    @Operation(summary = "Close a plan")
    @APIResponse(responseCode = "200", description = "The plan, CLOSED", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PlanView.class)))
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PlanRequests.Closure body) {
        PlanView plan = commands.close(id, body, ifMatch, caller.get());
        return Response.ok(plan).tag(Versions.etag(plan.version())).build();
    }
}
