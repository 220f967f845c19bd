package org.earlyhelp.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which refusals an operation can answer, from what it declares: every operation is secured (401, 403); a body or a query
 * can be bad (400); a path naming a record can name an unknown or hidden one (404); a write can meet a conflicting state or a
 * concurrent write (409) and, with a body or an {@code Idempotency-Key}, a domain rule (422); {@code If-Match} can be stale
 * (412); a body can be over the size limit (413). 429 and 503 are the gateway's, which adds them to the combined document.
 */
final class StatusRules {

    record Request(String verb, String path, boolean hasBody, boolean hasQuery, boolean ifMatch, boolean idempotent) {

        boolean write() {
            return WRITES.contains(verb);
        }

        boolean namesRecord() {
            return path.contains("{");
        }

        /** A read of one record, or a write that checks its version: the answer carries the version as {@code ETag}. */
        boolean answersVersion() {
            return ifMatch || (verb.equals("GET") && path.endsWith("}"));
        }
    }

    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "A value of the request is missing, malformed or not allowed: errors names each field"),
            Map.entry("401", "No valid bearer token: none, expired, or not signed by the platform's issuer"),
            Map.entry("403", "The caller's role or area does not allow this"),
            Map.entry("404", "No such record, or not one the caller may see"),
            Map.entry("409", "The record's state does not allow this, or someone else changed it at the same time"),
            Map.entry("412", "If-Match names an older version than the record's: read it again"),
            Map.entry("413", "The body is over the size limit (1 MB)"),
            Map.entry("422", "Well-formed, but a rule refuses it: rule names which"),
            Map.entry("429", "Too many requests from this caller: wait Retry-After seconds"),
            Map.entry("503", "The service is unavailable or overloaded: retry after Retry-After seconds"),
            Map.entry("504", "The service did not answer in time"));

    /** SmallRye's own placeholder descriptions, replaced by the ones above. */
    private static final Set<String> GENERIC = Set.of("Not Authorized", "Not Allowed", "Bad Request", "Not Found");

    static Map<String, String> refusals(Request request) {
        Map<String, String> codes = new LinkedHashMap<>();
        if (request.hasBody() || request.hasQuery()) {
            codes.put("400", DESCRIPTIONS.get("400"));
        }
        codes.put("401", DESCRIPTIONS.get("401"));
        codes.put("403", DESCRIPTIONS.get("403"));
        if (request.namesRecord()) {
            codes.put("404", DESCRIPTIONS.get("404"));
        }
        if (request.write()) {
            codes.put("409", DESCRIPTIONS.get("409"));
        }
        if (request.ifMatch()) {
            codes.put("412", DESCRIPTIONS.get("412"));
        }
        if (request.hasBody()) {
            codes.put("413", DESCRIPTIONS.get("413"));
        }
        if (request.write() && (request.hasBody() || request.idempotent())) {
            codes.put("422", DESCRIPTIONS.get("422"));
        }
        return codes;
    }

    static boolean generic(String description) {
        return GENERIC.contains(description);
    }

    static String rolesSentence(List<String> roles) {
        if (roles.isEmpty()) {
            return "Any signed-in caller (a valid bearer token); what each caller may see or change is checked by the service.";
        }
        return "Roles allowed: " + String.join(", ", roles) + ".";
    }

    private StatusRules() {
    }
}
