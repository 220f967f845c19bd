package org.earlyhelp.platform.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** Makes the verified token's claims available as a {@link Caller} for the request. */
public class CallerProducer {

    @Produces
    @RequestScoped
    Caller caller(SecurityIdentity identity, JsonWebToken token) {
        if (identity.isAnonymous()) {
            throw new ForbiddenException("No caller");
        }
        String userId = claim(token, "preferred_username");
        if (userId == null) {
            userId = token.getSubject();
        }
        String area = claim(token, "area");
        if (area == null || area.isBlank()) {
            throw new ForbiddenException("The token carries no area claim");
        }
        return new Caller(userId, area, claim(token, "agency"), Set.copyOf(identity.getRoles()));
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
