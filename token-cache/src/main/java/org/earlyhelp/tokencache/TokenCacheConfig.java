package org.earlyhelp.tokencache;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code earlyhelp.token-cache.*}: the verified-token cache of every process that checks bearer tokens. */
@ConfigMapping(prefix = "earlyhelp.token-cache")
public interface TokenCacheConfig {

    /** Off: every request's token is verified again (signature, issuer, audience, lifetime), as OIDC does alone. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Tokens kept at most, the least used pushed out first: about 4 KB each (the token, its claims, its roles), so 2 000 is
     * about 8 MB, a whole council's practitioners signed in at once with a token each.
     */
    @WithDefault("2000")
    int maxSize();

    /** Kept no longer than this even when the token lives longer: a bound on how long a changed key set goes unnoticed. */
    @WithDefault("10m")
    Duration maxAge();
}
