package org.earlyhelp.tokencache;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Asked before OIDC's own provider: answers a bearer token that OIDC has verified before (and that has not expired) with
 * the identity OIDC gave it then, or with nothing, and OIDC then verifies the token as always. Every
 * {@link io.quarkus.security.identity.SecurityIdentityAugmentor} still runs on the identity given back.
 *
 * <p>The identity is given the current request's routing context, as OIDC does: nothing of the request the token was
 * first verified on is carried over.
 */
@ApplicationScoped
public class KeptTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Set on an identity given back from the cache: {@link VerifiedTokenKeeper} does not keep it again. */
    static final String FROM_CACHE = "earlyhelp.token-cache.hit";

    private final TokenCache cache;

    public KeptTokenProvider(TokenCache cache) {
        this.cache = cache;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Providers are asked highest first; OIDC's has the default ({@value IdentityProvider#SYSTEM_FIRST} + 1). */
    @Override
    public int priority() {
        return 100_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!cache.enabled() || !(request.getToken() instanceof AccessTokenCredential)) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity kept = cache.get(request.getToken().getToken());
        if (kept == null) {
            return Uni.createFrom().nullItem();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(kept).addAttribute(FROM_CACHE, Boolean.TRUE);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            identity.addAttribute(RoutingContext.class.getName(), routing);
        }
        return Uni.createFrom().item(identity.build());
    }
}
