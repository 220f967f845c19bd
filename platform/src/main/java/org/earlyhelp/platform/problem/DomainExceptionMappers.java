package org.earlyhelp.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleObjectStateException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.earlyhelp.platform.web.QueryParameters;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Domain refusals as problems: 422 for a rule, 409 for a state or a concurrent write, 404 for unknown. */
public class DomainExceptionMappers {

    @ServerExceptionMapper
    public Response rule(RuleViolation e) {
        HttpProblem.Builder problem = HttpProblem.builder().withType(Problems.RULE).withStatus(422).withTitle("Unprocessable Content")
                .withDetail(e.getMessage()).with("rule", e.rule());
        e.details().forEach(problem::with);
        return problem.build().toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictingState e) {
        HttpProblem.Builder problem = HttpProblem.builder().withType(Problems.CONFLICT).withStatus(409).withTitle("Conflict")
                .withDetail(e.getMessage());
        e.details().forEach(problem::with);
        return problem.build().toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return Problems.of(Problems.NOT_FOUND, 404, "Not Found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response stale(org.earlyhelp.platform.web.Versions.StaleVersion e) {
        return Problems.of(Problems.STALE, 412, "Precondition Failed", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response badQueryParameter(QueryParameters.BadQueryParameter e) {
        return HttpProblem.builder().withType(Problems.VALIDATION).withStatus(400).withTitle("Bad Request")
                .withDetail("Query parameter " + e.field() + " " + e.getMessage())
                .with("errors", java.util.List.of(java.util.Map.of("field", e.field(), "message", e.getMessage())))
                .build().toResponse();
    }

    @ServerExceptionMapper
    public Response eventTooLarge(org.earlyhelp.platform.outbox.Outbox.EventTooLarge e) {
        return Problems.of(Problems.TOO_LARGE, 413, "Content Too Large", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentWrite(Exception e) {
        return Problems.of(Problems.CONFLICT, 409, "Conflict",
                "Someone else changed this record at the same time: read it again and retry").toResponse();
    }
}
