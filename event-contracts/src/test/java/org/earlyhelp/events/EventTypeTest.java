package org.earlyhelp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;

import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void everyTypeIsVersionedAndNamedAfterItsTopicsService() {
        for (EventType type : EventType.values()) {
            String service = type.topic().split("\\.")[1];
            assertThat(type.cloudEventType()).startsWith("earlyhelp." + service + ".").matches(".*\\.v\\d+$");
        }
    }

    @Test
    void typesAndRecordsAreOneToOne() {
        assertThat(new HashSet<>(Arrays.stream(EventType.values()).map(EventType::cloudEventType).toList()))
                .hasSize(EventType.values().length);
        assertThat(new HashSet<>(Arrays.stream(EventType.values()).map(EventType::recordType).toList()))
                .hasSize(EventType.values().length);
    }

    @Test
    void aTypeFromTheHeaderFindsItsRecordAndAnUnknownOneIsEmpty() {
        assertThat(EventType.fromCloudEventType("earlyhelp.referral.step-down-accepted.v1"))
                .contains(EventType.STEP_DOWN_ACCEPTED);
        assertThat(EventType.STEP_DOWN_ACCEPTED.recordType()).isEqualTo(StepDownAcceptedV1.class);
        assertThat(EventType.fromCloudEventType("earlyhelp.referral.something-new.v9")).isEmpty();
    }
}
