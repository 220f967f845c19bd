package org.earlyhelp.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    private static List<String> codes(String verb, String path, boolean body, boolean query, boolean ifMatch, boolean idempotent) {
        return List.copyOf(StatusRules.refusals(new StatusRules.Request(verb, path, body, query, ifMatch, idempotent)).keySet());
    }

    @Test
    @DisplayName("a read of one record: 401, 403, 404; with a query also 400")
    void reads() {
        assertThat(codes("GET", "/api/families/{id}", false, false, false, false)).containsExactly("401", "403", "404");
        assertThat(codes("GET", "/api/families", false, true, false, false)).containsExactly("400", "401", "403");
    }

    @Test
    @DisplayName("a write with a body to a record with If-Match: 400, 401, 403, 404, 409, 412, 413, 422")
    void writes() {
        assertThat(codes("POST", "/api/plans/{id}/goals", true, false, true, true))
                .containsExactly("400", "401", "403", "404", "409", "412", "413", "422");
        assertThat(codes("POST", "/api/families", true, false, false, true)).containsExactly("400", "401", "403", "409", "413", "422");
    }

    @Test
    @DisplayName("a write without a body: no 400, 413 or 422 unless it honours Idempotency-Key (a reused key is 422)")
    void bodilessWrites() {
        assertThat(codes("DELETE", "/api/webhook-subscriptions/{id}", false, false, false, false)).containsExactly("401", "403", "404", "409");
        assertThat(codes("POST", "/api/notifications/{id}/read", false, false, false, true)).containsExactly("401", "403", "404", "409", "422");
    }

    @Test
    @DisplayName("the answer carries an ETag on a read of one record and on a write that checks If-Match")
    void versions() {
        assertThat(new StatusRules.Request("GET", "/api/plans/{id}", false, false, false, false).answersVersion()).isTrue();
        assertThat(new StatusRules.Request("GET", "/api/plans", false, true, false, false).answersVersion()).isFalse();
        assertThat(new StatusRules.Request("POST", "/api/plans/{id}/closure", true, false, true, true).answersVersion()).isTrue();
    }

    @Test
    @DisplayName("the description names the roles allowed, or says any signed-in caller")
    void roles() {
        assertThat(StatusRules.rolesSentence(List.of("manager", "auditor"))).isEqualTo("Roles allowed: manager, auditor.");
        assertThat(StatusRules.rolesSentence(List.of())).startsWith("Any signed-in caller");
    }
}
