package org.earlyhelp.localstack;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Really signed bearer tokens for service tests, in the shape the earlyhelp Keycloak realm
 * issues (roles in {@code realm_access.roles}, {@code area} and {@code agency} claims), signed
 * with the OIDC test server's key ({@code quarkus-test-oidc-server}) so quarkus-oidc verifies
 * them against its JWKS.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String DEFAULT_AREA = "isle-of-wight";

    public static String token(String userId, String area, String agency, String... roles) {
        return Jwt.preferredUserName(userId)
                .subject(userId + "-subject")
                .issuer(ISSUER)
                .audience("https://service.example.com")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("area", area)
                .claim("agency", agency)
                .groups(Set.of(roles))
                .issuedAt(Instant.now())
                .expiresIn(3600)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /**
     * Signed by the test issuer with the platform's roles, but for another audience, as a Keycloak ID token is (its
     * audience is the client): the services and the gateway must refuse it.
     */
    public static String tokenForAudience(String audience, String userId, String area, String agency, String... roles) {
        return Jwt.preferredUserName(userId).subject(userId + "-subject").issuer(ISSUER).audience(audience)
                .claim("realm_access", Map.of("roles", List.of(roles))).claim("area", area).claim("agency", agency)
                .groups(Set.of(roles)).issuedAt(Instant.now()).expiresIn(3600).jws().keyId("1").sign("privateKey.jwk");
    }

    /**
     * A valid token that expires {@code lifetime} after it is issued. Tokens are issued and checked on the real clock (the
     * issuer's, which OIDC verifies {@code exp} against), whatever day the platform's clock says it is.
     */
    public static String shortLivedToken(String userId, java.time.Duration lifetime, String... roles) {
        Instant issued = Instant.now();
        return Jwt.preferredUserName(userId).subject(userId + "-subject").issuer(ISSUER).audience("https://service.example.com")
                .claim("realm_access", Map.of("roles", List.of(roles))).claim("area", DEFAULT_AREA).claim("agency", "school")
                .groups(Set.of(roles)).issuedAt(issued).expiresAt(issued.plus(lifetime)).jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token signed by some other key: the services must refuse it. */
    public static String forgedToken(String userId) {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.preferredUserName(userId).issuer(ISSUER).audience("https://service.example.com")
                    .claim("realm_access", Map.of("roles", List.of("admin"))).claim("area", DEFAULT_AREA)
                    .groups(Set.of("admin")).expiresIn(3600)
                    .jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String teacher() {
        return token("teacher", DEFAULT_AREA, "school", "practitioner");
    }

    public static String healthVisitor() {
        return token("hv", DEFAULT_AREA, "health", "practitioner");
    }

    public static String stranger() {
        return token("stranger", DEFAULT_AREA, "police", "practitioner");
    }

    public static String earlyHelpTeam() {
        return token("ehteam", DEFAULT_AREA, "early-help", "early-help-team");
    }

    public static String socialWorker() {
        return token("sw", DEFAULT_AREA, "childrens-social-care", "social-worker");
    }

    public static String auditor() {
        return token("auditor", DEFAULT_AREA, "early-help", "auditor");
    }

    public static String partnerSystem() {
        return token("service-account-partner-school-mis", DEFAULT_AREA, "school", "partner-system");
    }

    private TestTokens() {
    }
}
