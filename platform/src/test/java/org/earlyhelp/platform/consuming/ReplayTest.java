package org.earlyhelp.platform.consuming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayTest {

    static ConsumingConfig consuming(boolean assessment, boolean plan, boolean referral) {
        return new ConsumingConfig() {
            @Override
            public boolean assessment() {
                return assessment;
            }

            @Override
            public boolean plan() {
                return plan;
            }

            @Override
            public boolean referral() {
                return referral;
            }
        };
    }

    @Test
    void replaysTheChannelsOfTheTopicsTheServiceConsumes() {
        assertThat(new Replay(null, consuming(true, true, true)).channels())
                .containsExactly("assessment-events", "plan-events", "referral-events");
        assertThat(new Replay(null, consuming(false, true, false)).channels()).containsExactly("plan-events");
        assertThat(new Replay(null, consuming(false, false, false)).channels()).isEmpty();
    }
}
