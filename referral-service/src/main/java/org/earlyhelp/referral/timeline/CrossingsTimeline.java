package org.earlyhelp.referral.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.PlatformClock;
import org.earlyhelp.platform.timeline.TimelineItem;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.escalation.Escalation;
import org.earlyhelp.referral.escalation.EscalationService;
import org.earlyhelp.referral.escalation.EscalationStep;
import org.earlyhelp.referral.stepdown.StepDown;
import org.earlyhelp.referral.stepdown.StepDownFilter;
import org.earlyhelp.referral.stepdown.StepDownRepository;
import org.earlyhelp.referral.stepup.ReferralFilter;
import org.earlyhelp.referral.stepup.StepUpReferral;
import org.earlyhelp.referral.stepup.StepUpReferralRepository;

/**
 * referral-service's part of a family's timeline: referrals and CSC's decisions, step-downs and their answers, professional
 * disagreements and their steps — those the caller may see.
 */
@ApplicationScoped
@Transactional
public class CrossingsTimeline {

    static final String SERVICE = "referral-service";

    private final StepUpReferralRepository referrals;
    private final StepDownRepository stepDowns;
    private final AuditTrail audit;
    private final EscalationService escalations;

    public CrossingsTimeline(StepUpReferralRepository referrals, StepDownRepository stepDowns, AuditTrail audit,
            EscalationService escalations) {
        this.referrals = referrals;
        this.stepDowns = stepDowns;
        this.audit = audit;
        this.escalations = escalations;
    }

    public List<TimelineItem> of(UUID familyId, Caller caller) {
        List<TimelineItem> items = new ArrayList<>();
        for (StepUpReferral r : referrals.search(caller, new ReferralFilter(familyId, null, null), PageRequest.of(0, 200)).items()) {
            audit.record(caller, "referral.timeline", familyId, "referral/" + r.id());
            String ref = "referral/" + r.id();
            Instant previous = null;
            if (r.reviewId() != null) {
                previous = r.createdAt();
                items.add(new TimelineItem(previous, "REFERRAL_DRAFTED", SERVICE, ref, "Referral to children's social care drafted after a review"));
            }
            if (r.submittedAt() != null) {
                previous = after(happened(r.referredOn(), r.submittedAt()), previous);
                items.add(new TimelineItem(previous, "REFERRAL_SUBMITTED", SERVICE, ref,
                        r.significantHarm() ? "Urgent referral to children's social care (significant harm)" : "Referral to children's social care"));
            }
            if (r.decidedOn() != null) {
                items.add(new TimelineItem(after(TimelineItem.onDay(r.decidedOn()), previous), "REFERRAL_DECIDED", SERVICE, ref,
                        "Children's social care decided " + r.decision()
                                + (Boolean.TRUE.equals(r.earlyHelpContinues()) ? "; early help continues" : "; early help stops")));
            }
        }
        for (StepDown s : stepDowns.search(caller, new StepDownFilter(familyId, null), PageRequest.of(0, 200)).items()) {
            audit.record(caller, "step-down.timeline", familyId, "step-down/" + s.id());
            String ref = "step-down/" + s.id();
            Instant proposed = happened(s.proposedOn(), s.proposedAt());
            items.add(new TimelineItem(proposed, "STEP_DOWN_PROPOSED", SERVICE, ref, "Step-down to early help proposed by children's social care"));
            if (s.acceptedOn() != null) {
                items.add(new TimelineItem(after(TimelineItem.onDay(s.acceptedOn()), proposed), "STEP_DOWN_ACCEPTED", SERVICE, ref,
                        "Step-down accepted by early help"));
            }
            if (s.declinedOn() != null) {
                items.add(new TimelineItem(after(TimelineItem.onDay(s.declinedOn()), proposed), "STEP_DOWN_DECLINED", SERVICE, ref,
                        "Step-down declined by early help"));
            }
            if (s.withdrawnOn() != null) {
                items.add(new TimelineItem(after(TimelineItem.onDay(s.withdrawnOn()), proposed), "STEP_DOWN_WITHDRAWN", SERVICE, ref,
                        "Step-down withdrawn"));
            }
        }
        for (Escalation e : escalations.ofFamily(familyId, caller)) {
            audit.record(caller, "escalation.timeline", familyId, "escalation/" + e.id());
            String ref = "escalation/" + e.id();
            Instant previous = null;
            for (EscalationStep step : e.history()) {
                Instant at = step.kind() == EscalationStep.Kind.RAISED ? happened(step.on(), e.raisedAt()) : TimelineItem.onDay(step.on());
                previous = after(at, previous);
                items.add(new TimelineItem(previous, "ESCALATION_" + step.kind().name(), SERVICE, ref, summary(e, step)));
            }
        }
        return items;
    }

    /** Codes and stages only: what the professionals wrote stays behind the escalation's own read. */
    static String summary(Escalation e, EscalationStep step) {
        return switch (step.kind()) {
            case RAISED -> "Professional disagreement raised by " + e.raisedByAgency() + " with " + e.withAgency() + " (stage 1)";
            case RESPONDED -> "Professional disagreement answered at stage " + step.stage();
            case ESCALATED -> "Professional disagreement escalated to stage " + step.stage()
                    + (step.stage() == 2 ? " (managers)" : " (the safeguarding partnership's lead)");
            case RESOLVED -> "Professional disagreement resolved at stage " + step.stage();
        };
    }

    /**
     * When a recorded fact happened: the moment it was written here when that was on the day recorded, otherwise (recorded
     * after the fact) the start of the day recorded.
     */
    static Instant happened(LocalDate day, Instant written) {
        if (day == null || (written != null && LocalDate.ofInstant(written, PlatformClock.AREA_ZONE).equals(day))) {
            return written;
        }
        return TimelineItem.onDay(day);
    }

    /**
     * A fact never shows before the one it follows: a decision dated the day of the referral (placed at the start of that
     * day) is shown just after the referral's moment, not before it.
     */
    static Instant after(Instant at, Instant previous) {
        return previous == null || at.isAfter(previous) ? at : previous.plusMillis(1);
    }
}
