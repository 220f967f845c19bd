package org.earlyhelp.platform.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** The verified token of the current request, as a {@link Caller}. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller get() {
        if (caller == null) {
            caller = fromToken();
        }
        return caller;
    }

    private Caller fromToken() {
        if (identity.isAnonymous()) {
            throw new ForbiddenException("No caller");
        }
        String userId = claim("preferred_username");
        if (userId == null) {
            userId = token.getSubject();
        }
        String area = claim("area");
        if (area == null || area.isBlank()) {
            throw new ForbiddenException("The token carries no area claim");
        }
        return new Caller(userId, area, claim("agency"), Set.copyOf(identity.getRoles()));
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
