package org.earlyhelp.tokencache;

import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The process's verified tokens (see {@link KeptTokenProvider} and {@link VerifiedTokenKeeper}, which use it): a token's
 * identity as OIDC made it when it verified the token, until the token expires.
 */
@ApplicationScoped
public class TokenCache {

    private final TokenCacheConfig config;
    private final VerifiedTokens<SecurityIdentity> tokens;
    private final LongAdder hits = new LongAdder();

    public TokenCache(TokenCacheConfig config) {
        this.config = config;
        // the wall clock: the one OIDC checks a token's exp against (jose4j's NumericDate.now())
        this.tokens = new VerifiedTokens<>(config.maxSize(), config.maxAge(), () -> System.currentTimeMillis() / 1000,
                com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    }

    boolean enabled() {
        return config.enabled();
    }

    SecurityIdentity get(String token) {
        SecurityIdentity identity = tokens.get(token);
        if (identity != null) {
            hits.increment();
        }
        return identity;
    }

    void put(String token, SecurityIdentity identity, long expiresAtSecond) {
        tokens.put(token, identity, expiresAtSecond);
    }

    /** Requests answered from the cache since the start, without verifying their token again. */
    public long hits() {
        return hits.sum();
    }

    /** Tokens kept now. */
    public long size() {
        return tokens.size();
    }
}
