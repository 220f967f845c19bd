package org.earlyhelp.tokencache;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Identities of bearer tokens whose signature, issuer, audience and lifetime were verified, each kept until its token
 * expires (never past it, and never longer than {@code maxAge}), at most {@code maxSize} of them: the least used go
 * first. Only a token verified here goes in; a token is looked up by its whole text, so a token that differs by one
 * character is another token and is verified afresh.
 *
 * <p>Time is the wall clock that OIDC verification itself checks {@code exp} against (seconds since the epoch), not the
 * platform's business clock, which may be set to another day.
 *
 * @param <I> what is kept for a token (the security identity)
 */
public final class VerifiedTokens<I> {

    private record Entry<I>(I identity, long expiresAtSecond) {
    }

    private final Cache<String, Entry<I>> cache;
    private final LongSupplier nowSecond;
    private final long maxAgeNanos;

    public VerifiedTokens(int maxSize, Duration maxAge, LongSupplier nowSecond, com.github.benmanes.caffeine.cache.Ticker ticker) {
        this.nowSecond = nowSecond;
        this.maxAgeNanos = maxAge.toNanos();
        this.cache = Caffeine.newBuilder().maximumSize(maxSize).ticker(ticker).expireAfter(new Expiry<String, Entry<I>>() {
            @Override
            public long expireAfterCreate(String token, Entry<I> entry, long currentTime) {
                return Math.min(maxAgeNanos, TimeUnit.SECONDS.toNanos(Math.max(0, entry.expiresAtSecond() - nowSecond.getAsLong())));
            }

            @Override
            public long expireAfterUpdate(String token, Entry<I> entry, long currentTime, long currentDuration) {
                return expireAfterCreate(token, entry, currentTime);
            }

            @Override
            public long expireAfterRead(String token, Entry<I> entry, long currentTime, long currentDuration) {
                return currentDuration;
            }
        }).build();
    }

    /** The identity a verified token was given, or null: not verified here, expired, or pushed out. */
    public I get(String token) {
        Entry<I> entry = cache.getIfPresent(token);
        // the expiry above is the cache's; this is the token's own, to the second, whatever the cache's timing
        if (entry == null || entry.expiresAtSecond() <= nowSecond.getAsLong()) {
            return null;
        }
        return entry.identity();
    }

    /** Keeps a verified token's identity until {@code expiresAtSecond} (the token's {@code exp}); an expired one is not kept. */
    public void put(String token, I identity, long expiresAtSecond) {
        if (expiresAtSecond > nowSecond.getAsLong()) {
            cache.put(token, new Entry<>(identity, expiresAtSecond));
        }
    }

    /** How many are kept now (after pending evictions): for tests and metrics. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
