package org.earlyhelp.referral.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.BankHolidays;
import org.earlyhelp.platform.time.RecordedDates;
import org.earlyhelp.platform.time.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of a professional disagreement, no database: a fixed clock (today is Tuesday 1 June 2027), dates back-dated. */
class EscalationTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-06-01T09:00:00Z"), ZoneOffset.UTC);
    static final EscalationTimescales TIMES = EscalationTimescales.defaults();
    static final String AREA = "isle-of-wight";
    static final String PARTNERSHIP = "safeguarding-partnership";

    static final Caller TEACHER = new Caller("teacher", AREA, "school", Set.of("practitioner"));
    static final Caller HEALTH_VISITOR = new Caller("hv", AREA, "health", Set.of("practitioner"));
    static final Caller HEALTH_MANAGER = new Caller("hv-manager", AREA, "health", Set.of("manager"));
    static final Caller SCHOOL_MANAGER = new Caller("head", AREA, "school", Set.of("manager"));
    static final Caller POLICE = new Caller("pc", AREA, "police", Set.of("practitioner"));
    static final Caller POLICE_MANAGER = new Caller("inspector", AREA, "police", Set.of("manager"));
    static final Caller PARTNERSHIP_LEAD = new Caller("lscp-chair", AREA, PARTNERSHIP, Set.of("manager"));
    static final Caller EARLY_HELP_TEAM = new Caller("ehteam", AREA, "early-help", Set.of("early-help-team"));
    static final Caller OTHER_AREA_HEALTH = new Caller("hv2", "hampshire", "health", Set.of("practitioner"));

    /** Monday 1 March 2027: stage 1 is due five working days later, Monday 8 March. */
    static final LocalDate RAISED_ON = LocalDate.of(2027, 3, 1);

    static Escalation raised() {
        return raised(RAISED_ON);
    }

    static Escalation raised(LocalDate on) {
        return Escalation.raise(new Escalation.Raise(UUID.randomUUID(), "health", "The health visitor has not shared the developmental check",
                "Share it before the review", on), TEACHER, TIMES, CLOCK);
    }

    static String ruleOf(Throwable t) {
        return ((RuleViolation) t).rule();
    }

    @Nested
    @DisplayName("raising")
    class Raising {

        @Test
        @DisplayName("opens stage 1 for the raiser's agency, answered within 5 working days of raisedOn (not of when it is written)")
        void opensStageOne() {
            Escalation e = raised();
            assertThat(e.stage()).isEqualTo(1);
            assertThat(e.status()).isEqualTo(EscalationStatus.OPEN);
            assertThat(e.raisedByUserId()).isEqualTo("teacher");
            assertThat(e.raisedByAgency()).isEqualTo("school");
            assertThat(e.respondBy()).isEqualTo(LocalDate.of(2027, 3, 8));
            assertThat(e.history()).extracting(EscalationStep::kind).containsExactly(EscalationStep.Kind.RAISED);
        }

        @Test
        @DisplayName("raisedOn defaults to today by the platform clock")
        void raisedOnDefaultsToToday() {
            Escalation e = raised(null);
            assertThat(e.raisedOn()).isEqualTo(RecordedDates.today(CLOCK));
            assertThat(e.respondBy()).isEqualTo(LocalDate.of(2027, 6, 8));
        }

        @Test
        @DisplayName("raisedOn after today is 422 recorded-date-not-after-today naming raisedOn")
        void raisedOnNotAfterToday() {
            assertThatThrownBy(() -> raised(LocalDate.of(2027, 6, 2)))
                    .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, v -> {
                        assertThat(v.rule()).isEqualTo(RecordedDates.NOT_AFTER_TODAY);
                        assertThat(v.field()).isEqualTo("raisedOn");
                    });
        }

        @Test
        @DisplayName("with the raiser's own agency, or without an agency claim, is 422 escalation-with-another-agency")
        void withAnotherAgency() {
            assertThatThrownBy(() -> Escalation.raise(new Escalation.Raise(UUID.randomUUID(), "school", "c", "d", null), TEACHER, TIMES, CLOCK))
                    .satisfies(t -> assertThat(ruleOf(t)).isEqualTo(Escalation.WITH_ANOTHER_AGENCY));
            Caller noAgency = new Caller("x", AREA, null, Set.of("practitioner"));
            assertThatThrownBy(() -> Escalation.raise(new Escalation.Raise(UUID.randomUUID(), "health", "c", "d", null), noAgency, TIMES, CLOCK))
                    .satisfies(t -> assertThat(ruleOf(t)).isEqualTo(Escalation.WITH_ANOTHER_AGENCY));
        }
    }

    @Nested
    @DisplayName("answering")
    class Answering {

        @Test
        @DisplayName("the other side answers: RESPONDED, the step in the history")
        void answered() {
            Escalation e = raised();
            e.respond("Shared today", LocalDate.of(2027, 3, 3), HEALTH_VISITOR, CLOCK);
            assertThat(e.status()).isEqualTo(EscalationStatus.RESPONDED);
            assertThat(e.last(EscalationStep.Kind.RESPONDED)).extracting(EscalationStep::byUserId, EscalationStep::on, EscalationStep::stage)
                    .containsExactly("hv", LocalDate.of(2027, 3, 3), 1);
        }

        @Test
        @DisplayName("an answer before the stage started is 422 response-after-stage-start; after today 422 recorded-date-not-after-today")
        void answerDates() {
            Escalation e = raised();
            assertThatThrownBy(() -> e.respond("r", LocalDate.of(2027, 2, 28), HEALTH_VISITOR, CLOCK))
                    .satisfies(t -> assertThat(ruleOf(t)).isEqualTo(Escalation.RESPONSE_AFTER_STAGE_START));
            assertThatThrownBy(() -> e.respond("r", LocalDate.of(2027, 6, 2), HEALTH_VISITOR, CLOCK))
                    .satisfies(t -> assertThat(ruleOf(t)).isEqualTo(RecordedDates.NOT_AFTER_TODAY));
            assertThat(e.status()).isEqualTo(EscalationStatus.OPEN);
        }

        @Test
        @DisplayName("a stage is answered once: again, or after the resolution, is 409")
        void answeredOnce() {
            Escalation e = raised();
            e.respond("r", RAISED_ON, HEALTH_VISITOR, CLOCK);
            assertThatThrownBy(() -> e.respond("again", RAISED_ON, HEALTH_VISITOR, CLOCK)).isInstanceOf(ConflictingState.class);
            e.resolve("Agreed", RAISED_ON, TEACHER, CLOCK);
            assertThatThrownBy(() -> e.respond("late", RAISED_ON, HEALTH_VISITOR, CLOCK)).isInstanceOf(ConflictingState.class);
        }
    }

    @Nested
    @DisplayName("escalating")
    class Escalating {

        @Test
        @DisplayName("an unanswered stage goes up the day after its answer was due; each stage has its own working days (5, 5, 10, bank holidays skipped)")
        void upTheStages() {
            Escalation e = raised();
            e.escalate("No answer", LocalDate.of(2027, 3, 9), TEACHER, TIMES, CLOCK);
            assertThat(e.stage()).isEqualTo(2);
            assertThat(e.status()).isEqualTo(EscalationStatus.OPEN);
            assertThat(e.stageStartedOn()).isEqualTo(LocalDate.of(2027, 3, 9));
            assertThat(e.respondBy()).isEqualTo(LocalDate.of(2027, 3, 16));
            e.respond("Managers disagree", LocalDate.of(2027, 3, 16), HEALTH_MANAGER, CLOCK);
            e.escalate("Still disagree", LocalDate.of(2027, 3, 17), SCHOOL_MANAGER, TIMES, CLOCK);
            assertThat(e.stage()).isEqualTo(3);
            // 10 working days from Wednesday 17 March 2027, Good Friday and Easter Monday skipped
            assertThat(e.respondBy()).isEqualTo(LocalDate.of(2027, 4, 2));
            assertThat(e.history()).extracting(EscalationStep::kind).containsExactly(EscalationStep.Kind.RAISED,
                    EscalationStep.Kind.ESCALATED, EscalationStep.Kind.RESPONDED, EscalationStep.Kind.ESCALATED);
        }

        @Test
        @DisplayName("an unanswered stage escalated on or before its answer's day is 422 escalation-after-answer-or-deadline; an answered one may go up at once")
        void afterAnswerOrDeadline() {
            Escalation e = raised();
            assertThatThrownBy(() -> e.escalate("Impatient", LocalDate.of(2027, 3, 8), TEACHER, TIMES, CLOCK))
                    .satisfies(t -> assertThat(ruleOf(t)).isEqualTo(Escalation.AFTER_ANSWER_OR_DEADLINE));
            assertThat(e.stage()).isEqualTo(1);
            e.respond("No", RAISED_ON, HEALTH_VISITOR, CLOCK);
            e.escalate("Answer does not settle it", RAISED_ON, TEACHER, TIMES, CLOCK);
            assertThat(e.stage()).isEqualTo(2);
        }

        @Test
        @DisplayName("beyond stage 3 (the safeguarding partnership's lead) is 422 escalation-at-most-stage-3")
        void atMostStageThree() {
            Escalation e = raised();
            e.respond("No", RAISED_ON, HEALTH_VISITOR, CLOCK);
            e.escalate("r", RAISED_ON, TEACHER, TIMES, CLOCK);
            e.respond("No", RAISED_ON, HEALTH_MANAGER, CLOCK);
            e.escalate("r", RAISED_ON, TEACHER, TIMES, CLOCK);
            e.respond("No", RAISED_ON, PARTNERSHIP_LEAD, CLOCK);
            assertThatThrownBy(() -> e.escalate("r", RAISED_ON, TEACHER, TIMES, CLOCK))
                    .satisfies(t -> assertThat(ruleOf(t)).isEqualTo(Escalation.AT_MOST_STAGE_3));
            assertThat(e.stage()).isEqualTo(3);
        }

        @Test
        @DisplayName("escalatedOn before the previous step is 422 escalation-after-previous-step; after today 422 recorded-date-not-after-today")
        void escalationDates() {
            Escalation e = raised();
            e.respond("No", LocalDate.of(2027, 3, 4), HEALTH_VISITOR, CLOCK);
            assertThatThrownBy(() -> e.escalate("r", LocalDate.of(2027, 3, 3), TEACHER, TIMES, CLOCK))
                    .satisfies(t -> assertThat(ruleOf(t)).isEqualTo(Escalation.ESCALATION_AFTER_PREVIOUS_STEP));
            assertThatThrownBy(() -> e.escalate("r", LocalDate.of(2027, 6, 2), TEACHER, TIMES, CLOCK))
                    .satisfies(t -> assertThat(ruleOf(t)).isEqualTo(RecordedDates.NOT_AFTER_TODAY));
        }

        @Test
        @DisplayName("a resolved disagreement is not escalated: 409")
        void resolvedIsNotEscalated() {
            Escalation e = raised();
            e.resolve("Agreed", RAISED_ON, TEACHER, CLOCK);
            assertThatThrownBy(() -> e.escalate("r", LocalDate.of(2027, 5, 1), TEACHER, TIMES, CLOCK)).isInstanceOf(ConflictingState.class);
        }

        @Test
        @DisplayName("an area's own working days for a stage count (e.g. 2 for stage 1)")
        void areaTimescales() {
            EscalationTimescales quick = new EscalationTimescales(WorkingDayCalendar.of(BankHolidays.ENGLAND_AND_WALES), List.of(2, 3, 4), 1, PARTNERSHIP);
            Escalation e = Escalation.raise(new Escalation.Raise(UUID.randomUUID(), "health", "c", "d", RAISED_ON), TEACHER, quick, CLOCK);
            assertThat(e.respondBy()).isEqualTo(LocalDate.of(2027, 3, 3));
            e.escalate("r", LocalDate.of(2027, 3, 4), TEACHER, quick, CLOCK);
            assertThat(e.respondBy()).isEqualTo(LocalDate.of(2027, 3, 9));
        }
    }

    @Nested
    @DisplayName("resolving")
    class Resolving {

        @Test
        @DisplayName("at any stage, once: RESOLVED with resolvedOn; again is 409")
        void resolvedOnce() {
            Escalation e = raised();
            e.resolve("Agreed to share", LocalDate.of(2027, 3, 2), HEALTH_VISITOR, CLOCK);
            assertThat(e.status()).isEqualTo(EscalationStatus.RESOLVED);
            assertThat(e.resolvedOn()).isEqualTo(LocalDate.of(2027, 3, 2));
            assertThatThrownBy(() -> e.resolve("again", LocalDate.of(2027, 3, 2), TEACHER, CLOCK)).isInstanceOf(ConflictingState.class);
        }

        @Test
        @DisplayName("resolvedOn before the previous step is 422 resolution-after-previous-step; after today 422 recorded-date-not-after-today")
        void resolutionDates() {
            Escalation e = raised();
            assertThatThrownBy(() -> e.resolve("r", LocalDate.of(2027, 2, 28), TEACHER, CLOCK))
                    .satisfies(t -> assertThat(ruleOf(t)).isEqualTo(Escalation.RESOLUTION_AFTER_PREVIOUS_STEP));
            assertThatThrownBy(() -> e.resolve("r", LocalDate.of(2027, 6, 2), TEACHER, CLOCK))
                    .satisfies(t -> assertThat(ruleOf(t)).isEqualTo(RecordedDates.NOT_AFTER_TODAY));
            assertThat(e.status()).isEqualTo(EscalationStatus.OPEN);
        }
    }

    @Nested
    @DisplayName("who may do what")
    class Who {

        @Test
        @DisplayName("stage 1 is answered by the other agency or the early help team; stage 2 by the other agency's managers; stage 3 by the partnership's lead")
        void whoAnswers() {
            Escalation e = raised();
            assertThat(e.mayBeAnsweredBy(HEALTH_VISITOR, PARTNERSHIP)).isTrue();
            assertThat(e.mayBeAnsweredBy(HEALTH_MANAGER, PARTNERSHIP)).isTrue();
            assertThat(e.mayBeAnsweredBy(EARLY_HELP_TEAM, PARTNERSHIP)).isTrue();
            assertThat(e.mayBeAnsweredBy(TEACHER, PARTNERSHIP)).as("the raiser").isFalse();
            assertThat(e.mayBeAnsweredBy(POLICE, PARTNERSHIP)).isFalse();
            assertThat(e.mayBeAnsweredBy(OTHER_AREA_HEALTH, PARTNERSHIP)).isFalse();
            e.escalate("r", LocalDate.of(2027, 3, 9), TEACHER, TIMES, CLOCK);
            assertThat(e.mayBeAnsweredBy(HEALTH_VISITOR, PARTNERSHIP)).as("a practitioner at stage 2").isFalse();
            assertThat(e.mayBeAnsweredBy(HEALTH_MANAGER, PARTNERSHIP)).isTrue();
            assertThat(e.mayBeAnsweredBy(PARTNERSHIP_LEAD, PARTNERSHIP)).isFalse();
            e.escalate("r", LocalDate.of(2027, 3, 17), TEACHER, TIMES, CLOCK);
            assertThat(e.mayBeAnsweredBy(HEALTH_MANAGER, PARTNERSHIP)).isFalse();
            assertThat(e.mayBeAnsweredBy(PARTNERSHIP_LEAD, PARTNERSHIP)).isTrue();
            assertThat(e.mayBeAnsweredBy(EARLY_HELP_TEAM, PARTNERSHIP)).isTrue();
        }

        @Test
        @DisplayName("the raiser, the other side and a manager of either agency escalate; nobody else")
        void whoEscalates() {
            Escalation e = raised();
            assertThat(List.of(TEACHER, HEALTH_VISITOR, HEALTH_MANAGER, SCHOOL_MANAGER)).allMatch(e::mayBeEscalatedBy);
            assertThat(List.of(POLICE, POLICE_MANAGER, EARLY_HELP_TEAM, OTHER_AREA_HEALTH, PARTNERSHIP_LEAD)).noneMatch(e::mayBeEscalatedBy);
        }

        @Test
        @DisplayName("the resolution is recorded by whoever may escalate or answer the stage")
        void whoResolves() {
            Escalation e = raised();
            assertThat(List.of(TEACHER, HEALTH_VISITOR, SCHOOL_MANAGER, EARLY_HELP_TEAM)).allMatch(c -> e.mayBeResolvedBy(c, PARTNERSHIP));
            assertThat(List.of(POLICE, POLICE_MANAGER, PARTNERSHIP_LEAD)).noneMatch(c -> e.mayBeResolvedBy(c, PARTNERSHIP));
        }

        @Test
        @DisplayName("seen by whoever sees the family; from stage 2 by the two agencies' managers; at stage 3 by the partnership's lead; never from another area")
        void whoSees() {
            Escalation e = raised();
            assertThat(e.isVisibleTo(POLICE, true, PARTNERSHIP)).isTrue();
            assertThat(e.isVisibleTo(HEALTH_MANAGER, false, PARTNERSHIP)).isFalse();
            assertThat(e.isVisibleTo(OTHER_AREA_HEALTH, true, PARTNERSHIP)).isFalse();
            e.escalate("r", LocalDate.of(2027, 3, 9), TEACHER, TIMES, CLOCK);
            assertThat(e.isVisibleTo(HEALTH_MANAGER, false, PARTNERSHIP)).isTrue();
            assertThat(e.isVisibleTo(SCHOOL_MANAGER, false, PARTNERSHIP)).isTrue();
            assertThat(e.isVisibleTo(HEALTH_VISITOR, false, PARTNERSHIP)).isFalse();
            assertThat(e.isVisibleTo(PARTNERSHIP_LEAD, false, PARTNERSHIP)).isFalse();
            e.escalate("r", LocalDate.of(2027, 3, 17), TEACHER, TIMES, CLOCK);
            assertThat(e.isVisibleTo(PARTNERSHIP_LEAD, false, PARTNERSHIP)).isTrue();
            assertThat(e.isVisibleTo(POLICE_MANAGER, false, PARTNERSHIP)).isFalse();
        }
    }

    @Nested
    @DisplayName("reminders")
    class Reminders {

        @Test
        @DisplayName("due soon from 1 working day before the answer's day (Friday for a Monday), once per stage")
        void dueSoonOncePerStage() {
            Escalation e = raised();
            assertThat(e.remindDueSoon(LocalDate.of(2027, 3, 4), TIMES)).isFalse();
            assertThat(e.remindDueSoon(LocalDate.of(2027, 3, 5), TIMES)).isTrue();
            assertThat(e.remindDueSoon(LocalDate.of(2027, 3, 8), TIMES)).as("once").isFalse();
            e.escalate("r", LocalDate.of(2027, 3, 9), TEACHER, TIMES, CLOCK);
            assertThat(e.remindDueSoon(LocalDate.of(2027, 3, 15), TIMES)).as("stage 2 has its own").isTrue();
        }

        @Test
        @DisplayName("overdue the day after the answer's day while unanswered, once per stage; an answered or resolved stage never")
        void overdueOncePerStage() {
            Escalation e = raised();
            assertThat(e.markOverdue(LocalDate.of(2027, 3, 8))).isFalse();
            assertThat(e.markOverdue(LocalDate.of(2027, 3, 9))).isTrue();
            assertThat(e.markOverdue(LocalDate.of(2027, 3, 10))).as("once").isFalse();
            e.escalate("r", LocalDate.of(2027, 3, 9), TEACHER, TIMES, CLOCK);
            assertThat(e.markOverdue(LocalDate.of(2027, 3, 17))).as("stage 2 has its own").isTrue();

            Escalation answered = raised();
            answered.respond("r", RAISED_ON, HEALTH_VISITOR, CLOCK);
            assertThat(answered.markOverdue(LocalDate.of(2027, 3, 9))).isFalse();
            assertThat(answered.remindDueSoon(LocalDate.of(2027, 3, 5), TIMES)).isFalse();
            Escalation resolved = raised();
            resolved.resolve("r", RAISED_ON, TEACHER, CLOCK);
            assertThat(resolved.markOverdue(LocalDate.of(2027, 3, 9))).isFalse();
        }
    }
}
