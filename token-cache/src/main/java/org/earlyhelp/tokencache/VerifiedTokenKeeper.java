package org.earlyhelp.tokencache;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * The first augmentor of all: sees each identity as OIDC made it from a bearer JWT it has just verified, and keeps it
 * for {@link KeptTokenProvider} until the token's {@code exp}. It changes nothing in the identity.
 */
@ApplicationScoped
public class VerifiedTokenKeeper implements SecurityIdentityAugmentor {

    private final TokenCache cache;

    public VerifiedTokenKeeper(TokenCache cache) {
        this.cache = cache;
    }

    /** Augmentors run highest first: this one before any other changes the identity. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (cache.enabled() && !identity.isAnonymous() && identity.getAttribute(KeptTokenProvider.FROM_CACHE) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
            AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
            // only the bearer token this identity was verified from, under its own text
            if (credential != null && jwt.getRawToken().equals(credential.getToken())) {
                cache.put(jwt.getRawToken(), identity, jwt.getExpirationTime());
            }
        }
        return Uni.createFrom().item(identity);
    }
}
