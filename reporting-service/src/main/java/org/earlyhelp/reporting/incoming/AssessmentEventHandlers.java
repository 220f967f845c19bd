package org.earlyhelp.reporting.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.events.EventType;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.events.assessment.ChildAgesRecordedV1;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;
import org.earlyhelp.reporting.episodes.EpisodeLedger;

/** assessment-service's events the figures need: what an assessment found, and children's ages at a step-down. */
@ApplicationScoped
public class AssessmentEventHandlers implements EventSubscriber {

    private final EpisodeLedger ledger;

    public AssessmentEventHandlers(EpisodeLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.once(EpisodeLedger.CONSUMER)
                .on(EventType.ASSESSMENT_COMPLETED, AssessmentCompletedV1.class, ledger::onAssessmentCompleted)
                .on(EventType.CHILD_AGES_RECORDED, ChildAgesRecordedV1.class, ledger::onChildAgesRecorded);
    }
}
