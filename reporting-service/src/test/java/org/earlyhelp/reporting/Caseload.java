package org.earlyhelp.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.ChildAge;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.Professional;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.events.assessment.AssessmentCompletedV1.IdentifiedNeed;
import org.earlyhelp.events.assessment.ChildAgesRecordedV1;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.platform.time.RecordedDates;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.arc.Arc;

/**
 * A small known caseload of eight families in a fresh area, dated from {@link #base} (the first of the month two years
 * before the platform's today), so the figures of the period {@link #from}..{@link #to} (its first year) are known exactly
 * on any day. Its events are published across the three topics out of order (plan events first, then referral, then
 * assessment events), with two events published twice. The expected figures are in the tests that use it.
 */
public final class Caseload {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public final String area = "rpt-" + UUID.randomUUID().toString().substring(0, 8);
    public final LocalDate today = RecordedDates.today(Arc.container().instance(Clock.class).get());
    public final LocalDate base = today.minusYears(2).withDayOfMonth(1);
    public final LocalDate from = base;
    public final LocalDate to = base.plusYears(1).minusDays(1);

    public final UUID f1 = UUID.randomUUID();
    public final UUID f2 = UUID.randomUUID();
    public final UUID f3 = UUID.randomUUID();
    public final UUID f4 = UUID.randomUUID();
    public final UUID f5 = UUID.randomUUID();
    public final UUID f6 = UUID.randomUUID();
    public final UUID f7 = UUID.randomUUID();
    public final UUID f8 = UUID.randomUUID();

    private record Published(EventType type, FamilyEvent event, UUID id) {
    }

    private final List<Published> plan = new ArrayList<>();
    private final List<Published> referral = new ArrayList<>();
    private final List<Published> assessment = new ArrayList<>();

    public LocalDate day(int n) {
        return base.plusDays(n);
    }

    private static UUID id() {
        return UUID.randomUUID();
    }

    private static Professional lead(String agency) {
        return new Professional("lead-" + agency, "Lead", agency, "practitioner");
    }

    private static List<IdentifiedNeed> needs(UUID member, String... codes) {
        return java.util.Arrays.stream(codes).map(c -> new IdentifiedNeed(id(), member, c)).toList();
    }

    private void add(FamilyEvent event) {
        add(event, id());
    }

    private void add(FamilyEvent event, UUID eventId) {
        EventType type = event.eventType();
        Published p = new Published(type, event, eventId);
        switch (type.topic()) {
            case org.earlyhelp.events.Topics.PLAN -> plan.add(p);
            case org.earlyhelp.events.Topics.REFERRAL -> referral.add(p);
            default -> assessment.add(p);
        }
    }

    public Caseload() {
        // F1: an assessment opens an episode; its initial review is on time (a reschedule does not move its due date), the
        // next comes 100 days later and decides to close; closed with every goal achieved, on time: a claim.
        UUID a1 = id(), c1 = id(), c2 = id(), p1 = id(), r1 = id(), r2 = id();
        AssessmentCompletedV1 assessed1 = new AssessmentCompletedV1(f1, area, a1, List.of(c1, c2), lead("school"),
                needs(c1, "DOMESTIC_ABUSE", "HOUSING", "PERSISTENT_ABSENCE", "OTHER", "HOUSING"), "TARGETED", day(5),
                List.of(new ChildAge(c1, 3), new ChildAge(c2, 12)));
        UUID assessed1Id = id();
        add(assessed1, assessed1Id);
        add(assessed1, assessed1Id); // delivered twice
        add(new PlanOpenedV1(f1, area, p1, "ASSESSMENT", a1, lead("school"), List.of(), day(6), false));
        add(new ReviewScheduledV1(f1, area, p1, r1, "INITIAL", day(34), "lead-school"));
        add(new ReviewScheduledV1(f1, area, p1, r1, "INITIAL", day(25), "lead-school"));
        add(new ReviewHeldV1(f1, area, p1, r1, day(30), "CONTINUE", "lead-school", List.of(c1, c2), "INITIAL", null));
        add(new ReviewHeldV1(f1, area, p1, r2, day(130), "CLOSE", "lead-school", List.of(c1, c2), "REGULAR", day(132)));
        PlanClosedV1 closed1 = new PlanClosedV1(f1, area, p1, "OUTCOMES_ACHIEVED", day(131), "lead-school", 3, 3);
        UUID closed1Id = id();
        add(closed1, closed1Id);
        add(closed1, closed1Id); // delivered twice

        // F2: a step-down opens an episode (ages recorded apart; one child unborn); an assessment joins it later; the lead
        // changes to the police (and, after the period, to early years); a late initial review; an urgent step-up.
        UUID s2 = id(), c3 = id(), c4 = id(), c5 = id(), c6 = id(), a2 = id(), p2 = id(), r3 = id(), su2 = id();
        add(new StepDownAcceptedV1(f2, area, s2, List.of(c3, c4, c5), "sw", lead("health"), day(20),
                List.of(new StepDownAcceptedV1.CarriedOverGoal("NEGLECT", null, null, day(200)),
                        new StepDownAcceptedV1.CarriedOverGoal("PARENTAL_MENTAL_HEALTH", null, null, day(200)))));
        add(new ChildAgesRecordedV1(f2, area, ChildAgesRecordedV1.STEP_DOWN_ACCEPTED, s2, day(20),
                List.of(new ChildAge(c3, 16), new ChildAge(c4, 7))));
        add(new PlanOpenedV1(f2, area, p2, "STEP_DOWN", s2, lead("health"), List.of(), day(21), false));
        add(new ReviewScheduledV1(f2, area, p2, r3, "INITIAL", day(45), "lead-health"));
        add(new ReviewHeldV1(f2, area, p2, r3, day(50), "CONTINUE", "lead-health", List.of(c3, c4), "INITIAL", null));
        add(new AssessmentCompletedV1(f2, area, a2, List.of(c3, c6), lead("health"), needs(c6, "YOUNG_CARER"), "TARGETED", day(60),
                List.of(new ChildAge(c3, 16), new ChildAge(c6, 0))));
        add(new PlanOpenedV1(f2, area, p2, "ASSESSMENT", a2, lead("health"), List.of(), day(61), true));
        add(new LeadProfessionalChangedV1(f2, area, p2, lead("health"), lead("police"), day(98), day(100)));
        add(new LeadProfessionalChangedV1(f2, area, p2, lead("police"), lead("early-years"), day(400), null));
        add(new StepUpReferralSubmittedV1(f2, area, su2, p2, List.of(c3), true, true, "lead-police",
                day(201).atTime(9, 0).toInstant(ZoneOffset.UTC), day(200)));
        add(new StepUpDecisionRecordedV1(f2, area, su2, p2, "CHILD_IN_NEED_S17", day(202), true, "lead-police", "lead-police"));

        // F3: a plan opened by hand (no children named); a step-up referral with no referredOn, still undecided.
        UUID p3 = id(), su3 = id();
        add(new PlanOpenedV1(f3, area, p3, "MANUAL", null, lead("school"), List.of(), day(300), false));
        add(new StepUpReferralSubmittedV1(f3, area, su3, p3, List.of(), false, true, "lead-school",
                day(310).atTime(12, 0).toInstant(ZoneOffset.UTC)));

        // F4: an episode closed 10 days before the period, and a new one 111 days later: a re-episode; closed with only
        // one of two goals achieved.
        UUID a4 = id(), p4a = id(), a4b = id(), c7 = id(), c8 = id(), p4b = id();
        add(new AssessmentCompletedV1(f4, area, a4, List.of(c7), lead("school"), needs(c7, "HOUSING"), "TARGETED", base.minusDays(100),
                List.of(new ChildAge(c7, 17))));
        add(new PlanOpenedV1(f4, area, p4a, "ASSESSMENT", a4, lead("school"), List.of(), base.minusDays(99), false));
        add(new PlanClosedV1(f4, area, p4a, "MOVED_AWAY", base.minusDays(10), "lead-school", 1, 0));
        add(new AssessmentCompletedV1(f4, area, a4b, List.of(c7, c8), lead("housing"), needs(c8, "HOUSING"), "TARGETED", day(100),
                List.of(new ChildAge(c7, 18), new ChildAge(c8, 5))));
        add(new PlanOpenedV1(f4, area, p4b, "ASSESSMENT", a4b, lead("housing"), List.of(), day(101), false));
        add(new PlanClosedV1(f4, area, p4b, "OUTCOMES_ACHIEVED", day(250), "lead-housing", 2, 1));

        // F5: a universal-level assessment, no plan.
        add(new AssessmentCompletedV1(f5, area, id(), List.of(id()), lead("health"), needs(null, "PHYSICAL_HEALTH"), "UNIVERSAL", day(150),
                null));

        // F6: an episode whose first review (never scheduled: an old event) is 89 days after opening and the next 95 days
        // later; closed late after a CLOSE decision, every goal achieved, but a step-up 20 days later: no claim.
        UUID a6 = id(), c9 = id(), p6 = id(), r6 = id(), r7 = id(), su6 = id();
        add(new AssessmentCompletedV1(f6, area, a6, List.of(c9), lead("health"), needs(c9, "DISABILITY"), "TARGETED", day(10),
                List.of(new ChildAge(c9, 4))));
        add(new PlanOpenedV1(f6, area, p6, "ASSESSMENT", a6, lead("health"), List.of(), day(11), false));
        add(new ReviewHeldV1(f6, area, p6, r6, day(100), "CONTINUE", "lead-health", List.of(c9), "INITIAL", null));
        add(new ReviewHeldV1(f6, area, p6, r7, day(195), "CLOSE", "lead-health", List.of(c9), "REGULAR", day(197)));
        add(new PlanClosedV1(f6, area, p6, "OUTCOMES_ACHIEVED", day(200), "lead-health", 1, 1));
        add(new StepUpReferralSubmittedV1(f6, area, su6, p6, List.of(c9), false, true, "lead-health",
                day(220).atTime(10, 0).toInstant(ZoneOffset.UTC), day(220)));
        add(new StepUpDecisionRecordedV1(f6, area, su6, p6, "NO_FURTHER_ACTION", day(221), false, "lead-health", "lead-health"));

        // F7: an episode closed when consent was withdrawn.
        UUID a7 = id(), c10 = id(), p7 = id();
        add(new AssessmentCompletedV1(f7, area, a7, List.of(c10), lead("police"), needs(c10, "FINANCIAL_HARDSHIP"), "TARGETED", day(30),
                List.of(new ChildAge(c10, 10))));
        add(new PlanOpenedV1(f7, area, p7, "ASSESSMENT", a7, lead("police"), List.of(), day(31), false));
        add(new PlanClosedV1(f7, area, p7, "CONSENT_WITHDRAWN", day(90), "lead-police", 0, 0));

        // F8: a plan opened by hand 100 days before the period and still open; a review 50 days before the period and the
        // next 80 days later, in the period: no gap over 12 weeks (counted from the opening it would be one).
        UUID p8 = id();
        add(new PlanOpenedV1(f8, area, p8, "MANUAL", null, lead("health"), List.of(), base.minusDays(100), false));
        add(new ReviewHeldV1(f8, area, p8, id(), base.minusDays(50), "CONTINUE", "lead-health", List.of(), "INITIAL", null));
        add(new ReviewHeldV1(f8, area, p8, id(), day(30), "CONTINUE", "lead-health", List.of(), "REGULAR", null));
    }

    /** Publishes every event: plan events first, then referral events, then assessment events (each topic in its own order). */
    public Caseload publish() {
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            for (List<Published> topic : List.of(plan, referral, assessment)) {
                for (Published p : topic) {
                    writer.send(p.type().topic(), p.event().familyId().toString(), p.id().toString(), p.type().cloudEventType(),
                            JSON.writeValueAsString(p.event()));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** The partnership figures of {@link #from}..{@link #to}, as JSON. */
    public String expectedPartnership() {
        return """
                {"area": "%s", "from": "%s", "to": "%s",
                 "assessmentsCompleted": 6,
                 "episodesStarted": {"total": 6, "byOrigin": {"ASSESSMENT": 4, "MANUAL": 1, "STEP_DOWN": 1}},
                 "stepDownShare": 0.167,
                 "familiesOpenAt": 3,
                 "childrenOpenAt": 4,
                 "needsIdentified": {"HOUSING": 2, "DISABILITY": 1, "DOMESTIC_ABUSE": 1, "FINANCIAL_HARDSHIP": 1, "NEGLECT": 1,
                                     "OTHER": 1, "PARENTAL_MENTAL_HEALTH": 1, "PERSISTENT_ABSENCE": 1, "YOUNG_CARER": 1},
                 "childrenByAgeBand": {"0-4": 2, "5-10": 3, "11-15": 1, "16-17": 1, "18+": 1},
                 "closures": {"total": 4, "byReason": {"OUTCOMES_ACHIEVED": 3, "CONSENT_WITHDRAWN": 1}},
                 "leadAgencies": {"health": 1, "police": 1, "school": 1},
                 "timeliness": {"initialReviewsDue": 2, "initialReviewsOnTime": 1, "reviewGapsOver12Weeks": 3,
                                "closureSummariesDue": 2, "closureSummariesOnTime": 1},
                 "stepUps": {"referrals": 3, "significantHarm": 1,
                             "byDecision": {"CHILD_IN_NEED_S17": 1, "NO_FURTHER_ACTION": 1, "PENDING": 1}},
                 "reEpisodesWithin12Months": 1}
                """.formatted(area, from, to);
    }

    /** The Supporting Families figures of {@link #from}..{@link #to} on {@link #today}, as JSON (for the early help team). */
    public String expectedSupportingFamilies() {
        return """
                {"area": "%s", "from": "%s", "to": "%s", "familiesWorkedWith": 2, "familiesWithOutcomesAchieved": 2, "eligibleClaims": 1,
                 "claims": [{"familyId": "%s", "closedOn": "%s", "headlines": ["GOOD_EDUCATION", "SAFE_FROM_DOMESTIC_ABUSE", "SECURE_HOUSING"]}]}
                """.formatted(area, from, to, f1, day(131));
    }

    public String query() {
        return "?from=" + from + "&to=" + to;
    }
}
