package org.earlyhelp.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

    static final Instant AT = Instant.parse("2026-12-07T10:15:30Z");

    @Test
    @DisplayName("before the broker was first asked the check is DOWN: nothing is known to be up")
    void notAskedYetIsDown() {
        HealthCheckResponse response = Reachability.notYetAsked().toResponse("kafka-broker");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("error", "not checked yet"));
    }

    @Test
    @DisplayName("a broker that answered with its nodes is UP, with how many and when")
    void reachedIsUp() {
        HealthCheckResponse response = Reachability.reached(3, AT).toResponse("kafka-broker");
        assertThat(response.getName()).isEqualTo("kafka-broker");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("nodes", 3L)
                .containsEntry("checkedAt", "2026-12-07T10:15:30Z").doesNotContainKey("error"));
    }

    @Test
    @DisplayName("a cluster answering with no broker, or no answer, is DOWN with the error's class name only")
    void unreachableIsDownWithTheErrorsNameOnly() {
        assertThat(Reachability.reached(0, AT).toResponse("kafka-broker").getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        HealthCheckResponse response = Reachability.unreachable("TimeoutException", AT).toResponse("kafka-broker");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("error", "TimeoutException")
                .doesNotContainKey("nodes"));
    }
}
