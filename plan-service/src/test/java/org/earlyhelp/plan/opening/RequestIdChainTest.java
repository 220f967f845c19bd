package org.earlyhelp.plan.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.localstack.TopicWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RequestIdChainTest {

    @Inject
    ObjectMapper json;

    @Test
    @DisplayName("a StepDownAccepted stamped with a request id opens a plan whose PlanOpened and ReviewScheduled carry the same ce_requestid")
    void theRequestIdFollowsTheEventChain() throws Exception {
        UUID familyId = UUID.randomUUID();
        String requestId = "req-" + UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.referral.events", familyId.toString(), UUID.randomUUID().toString(),
                    "earlyhelp.referral.step-down-accepted.v1", json.writeValueAsString(new StepDownAcceptedV1(familyId, "isle-of-wight",
                            UUID.randomUUID(), List.of(), "sw", new Professional("teacher", "Tess Teacher", "school", "DSL"),
                            LocalDate.of(2027, 3, 22), List.of())), requestId);
        }
        TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(broker.recordsFor("earlyhelp.plan.events", familyId.toString()))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat(TopicReader.header(r, "ce_requestid")).isEqualTo(requestId)));
    }
}
