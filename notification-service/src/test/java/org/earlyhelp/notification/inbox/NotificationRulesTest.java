package org.earlyhelp.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    final UUID family = UUID.randomUUID();
    final UUID plan = UUID.randomUUID();

    @Test
    void aPlanOpenedFromAStepDownTellsTheLeadProfessionalAndTheEarlyHelpTeam() {
        PlanOpenedV1 event = new PlanOpenedV1(family, "isle-of-wight", plan, "STEP_DOWN", UUID.randomUUID(),
                new Professional("teacher", "Tess Teacher", "school", "DSL"), List.of(), LocalDate.of(2027, 3, 22), false);
        List<Notification> out = NotificationRules.forPlanOpened(UUID.randomUUID(), event, Instant.now());
        assertThat(out).extracting(Notification::recipient).containsExactly("user:teacher", "team:early-help-team");
        assertThat(out).allSatisfy(n -> {
            assertThat(n.message()).contains("step-down").doesNotContain("Tess");
            assertThat(n.planId()).isEqualTo(plan);
        });
    }

    @Test
    void aScheduledReviewTellsTheLeadProfessionalItsDueDateInPlainWords() {
        ReviewScheduledV1 event = new ReviewScheduledV1(family, "isle-of-wight", plan, UUID.randomUUID(), "INITIAL",
                LocalDate.of(2027, 4, 21), "teacher");
        List<Notification> out = NotificationRules.forReviewScheduled(UUID.randomUUID(), event, Instant.now());
        assertThat(out).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("user:teacher");
            assertThat(n.message()).isEqualTo("The first review of a family plan you lead is due by 21 April 2027.");
        });
    }
}
