package org.earlyhelp.platform.problem;

import java.net.URI;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The problem types of the API (RFC 9457 {@code type}), one per kind of refusal. */
public final class Problems {
    public static final URI VALIDATION = URI.create("urn:earlyhelp:problem:validation-failed");
    public static final URI MALFORMED = URI.create("urn:earlyhelp:problem:malformed-request");
    public static final URI RULE = URI.create("urn:earlyhelp:problem:rule-violated");
    public static final URI CONFLICT = URI.create("urn:earlyhelp:problem:conflict");
    public static final URI NOT_FOUND = URI.create("urn:earlyhelp:problem:not-found");
    public static final URI STALE = URI.create("urn:earlyhelp:problem:stale-version");
    public static final URI UNAUTHORIZED = URI.create("urn:earlyhelp:problem:unauthorized");
    public static final URI FORBIDDEN = URI.create("urn:earlyhelp:problem:forbidden");
    public static final URI TOO_LARGE = URI.create("urn:earlyhelp:problem:too-large");
    public static final URI GENERIC = URI.create("urn:earlyhelp:problem:http");

    public static HttpProblem of(URI type, int status, String title, String detail) {
        return HttpProblem.builder().withType(type).withStatus(status).withTitle(title).withDetail(detail).build();
    }

    public static URI typeFor(int status) {
        return switch (status) {
            case 400 -> VALIDATION;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            case 412 -> STALE;
            case 413 -> TOO_LARGE;
            case 422 -> RULE;
            default -> GENERIC;
        };
    }

    private Problems() {
    }
}
