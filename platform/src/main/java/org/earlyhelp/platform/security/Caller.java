package org.earlyhelp.platform.security;

import java.util.Set;

/**
 * Who is asking: the user id (the token's {@code preferred_username}, else {@code sub}), the
 * {@code area} and {@code agency} claims, and the realm roles.
 */
public record Caller(String userId, String area, String agency, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
