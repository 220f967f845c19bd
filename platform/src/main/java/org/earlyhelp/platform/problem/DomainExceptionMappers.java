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

    /**
     * A body of the wrong shape (an array where an object belongs, an object where text belongs, text for a list): Quarkus'
     * own mapper for this answers an empty 400; here it is a problem naming the field, like every other bad value.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response wrongShape(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        String field = ContractErrors.jsonPath(e.getPath());
        return HttpProblem.builder().withType(Problems.VALIDATION).withStatus(400).withTitle("Bad Request")
                .withDetail(field.isEmpty() ? "The body is not valid for this request: it must be a JSON object"
                        : "Field " + field + " has a value that is not allowed here")
                .with("errors", java.util.List.of(java.util.Map.of("field", field.isEmpty() ? "$" : field, "message", ContractErrors.plain(e))))
                .build().toResponse();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentWrite(Exception e) {
        return Problems.of(Problems.CONFLICT, 409, "Conflict",
                "Someone else changed this record at the same time: read it again and retry").toResponse();
    }
}
