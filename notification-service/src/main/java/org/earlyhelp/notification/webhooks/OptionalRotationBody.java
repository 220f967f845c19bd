package org.earlyhelp.notification.webhooks;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A secret rotation's body is optional ({@code {overlapHours}}): a bare {@code POST .../secret-rotations} comes with no
 * Content-Type (or a client's default one, such as a form's, with an empty body), which JAX-RS would refuse (415) before
 * the resource sees it. Such a request is read as JSON: its empty body is no body, and the rotation takes the default
 * overlap. A request with a body keeps its Content-Type (anything but JSON is still 415).
 */
public class OptionalRotationBody {

    @ServerRequestFilter(preMatching = true)
    public void readBarePostAsJson(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod()) && (request.getMediaType() == null || request.getLength() == 0)
                && request.getUriInfo().getPath().endsWith("/secret-rotations")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
