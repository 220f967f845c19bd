package org.earlyhelp.platform.problem;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * 401 and 403 as problems. These take precedence over the problem extension's own security
 * mappers, whose 401 mapper (3.21.0) is binary-incompatible with Quarkus 3.33 and answers 500.
 */
public class SecurityExceptionMappers {

    @ServerExceptionMapper(value = { UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class }, priority = Priorities.USER - 100)
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(Problems.of(Problems.UNAUTHORIZED, 401, "Unauthorized",
                "A valid bearer token is needed: none was given, or it is expired or not signed by the platform's issuer")
                .toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper(value = { ForbiddenException.class }, priority = Priorities.USER - 100)
    public Response forbidden(ForbiddenException e) {
        return Problems.of(Problems.FORBIDDEN, 403, "Forbidden",
                e.getMessage() == null || e.getMessage().isBlank() ? "Your role does not allow this" : e.getMessage()).toResponse();
    }
}
