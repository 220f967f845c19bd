package org.earlyhelp.plan.plan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.QueryParameters;

/** {@code /api/plans}: the plans the caller may see. */
@Path("/api/plans")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER, Roles.PARTNER_SYSTEM })
public class PlanResource {

    private final PlanQueries queries;
    private final CurrentCaller caller;

    public PlanResource(PlanQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    public Page<PlanView> search(@QueryParam("familyId") String familyId, @QueryParam("status") String status,
            @QueryParam("origin") String origin, @QueryParam("originRef") String originRef,
            @QueryParam("leadProfessional") String leadProfessional, @BeanParam @Valid PageRequest page) {
        Caller me = caller.get();
        String lead = "me".equals(leadProfessional) ? me.userId() : leadProfessional;
        PlanFilter filter = new PlanFilter(QueryParameters.uuid("familyId", familyId),
                QueryParameters.code("status", status, PlanStatus.class), QueryParameters.code("origin", origin, PlanOriginKind.class),
                QueryParameters.uuid("originRef", originRef), lead);
        return queries.search(me, filter, page);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        PlanView plan = queries.get(id, caller.get());
        return Response.ok(plan).build();
    }
}
