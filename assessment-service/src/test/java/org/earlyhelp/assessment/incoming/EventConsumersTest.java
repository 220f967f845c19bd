package org.earlyhelp.assessment.incoming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.earlyhelp.platform.consuming.AssessmentEventsConsumer;
import org.earlyhelp.platform.consuming.PlanEventsConsumer;
import org.earlyhelp.platform.consuming.ReferralEventsConsumer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.ChannelRegistry;

@QuarkusTest
class EventConsumersTest {

    @Inject
    Instance<AssessmentEventsConsumer> assessmentConsumer;

    @Inject
    Instance<PlanEventsConsumer> planConsumer;

    @Inject
    Instance<ReferralEventsConsumer> referralConsumer;

    @Inject
    ChannelRegistry channels;

    @Test
    @DisplayName("the platform's consumers of plan and referral events are on here (earlyhelp.events.consume.*); none reads this service's own topic")
    void consumesOnlyTheTopicsItSwitchedOn() {
        assertThat(planConsumer.isResolvable()).isTrue();
        assertThat(referralConsumer.isResolvable()).isTrue();
        assertThat(assessmentConsumer.isResolvable()).isFalse();
        assertThat(channels.getIncomingNames()).contains("plan-events", "referral-events").doesNotContain("assessment-events");
        assertThat(channels.getPublishers("assessment-events")).isEmpty();
    }

    @Test
    @DisplayName("each consumed channel keeps the settings the service used to write out: its topic, group assessment-service, earliest, parking on <topic>.dlq (counted)")
    void channelDefaultsComeFromThePlatform() {
        Config config = ConfigProvider.getConfig();
        for (String name : List.of("plan", "referral")) {
            String channel = "mp.messaging.incoming." + name + "-events.";
            assertThat(config.getValue(channel + "connector", String.class)).isEqualTo("smallrye-kafka");
            assertThat(config.getValue(channel + "topic", String.class)).isEqualTo("earlyhelp." + name + ".events");
            assertThat(config.getValue(channel + "group.id", String.class)).isEqualTo("assessment-service");
            assertThat(config.getValue(channel + "auto.offset.reset", String.class)).isEqualTo("earliest");
            assertThat(config.getValue(channel + "failure-strategy", String.class)).isEqualTo("counted-dead-letter-queue");
            assertThat(config.getValue(channel + "dead-letter-queue.topic", String.class)).isEqualTo("earlyhelp." + name + ".events.dlq");
            assertThat(config.getValue(channel + "enabled", Boolean.class)).isTrue();
        }
        assertThat(config.getValue("mp.messaging.incoming.assessment-events.enabled", Boolean.class)).isFalse();
    }
}
