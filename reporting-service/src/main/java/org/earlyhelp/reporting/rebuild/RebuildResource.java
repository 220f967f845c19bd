package org.earlyhelp.reporting.rebuild;

import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /api/reports/rebuild} (admin): clears the read model and replays the topics from the start; 202 {@code {startedAt}}. */
@Path("/api/reports/rebuild")
@RolesAllowed(Roles.ADMIN)
public class RebuildResource {

    private final ReadModelRebuild rebuild;
    private final CurrentCaller caller;

    public RebuildResource(ReadModelRebuild rebuild, CurrentCaller caller) {
        this.rebuild = rebuild;
        this.caller = caller;
    }

    public record Accepted(Instant startedAt, Map<String, Integer> partitions) {
    }

    @POST
    @Operation(summary = "Rebuild the reports' read model from the event history")
    @APIResponse(responseCode = "202", description = "The rebuild started", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Accepted.class)))
    public Response rebuild() {
        ReadModelRebuild.Started started = rebuild.start(caller.get());
        return Response.accepted(new Accepted(started.startedAt(), started.partitions())).build();
    }
}
