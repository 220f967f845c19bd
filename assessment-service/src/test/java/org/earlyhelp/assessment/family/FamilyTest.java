package org.earlyhelp.assessment.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.events.assessment.ConsentRefusedV1;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The family's own rules for unborn children, births and refusals, with no database: today is 2026-12-07 (Europe/London). */
class FamilyTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = RecordedDates.today(CLOCK);
    static final Caller MIDWIFE = new Caller("midwife", "isle-of-wight", "health", Set.of("practitioner"));

    static NewMember mum() {
        return new NewMember("Beth", "Jones", LocalDate.of(1995, 4, 2), MemberRole.PARENT, null, null);
    }

    static NewMember unborn(LocalDate expected) {
        return new NewMember(null, null, null, MemberRole.UNBORN, null, null, expected);
    }

    static Family family(NewMember... members) {
        return Family.register("Jones", "PO30 1UD", List.of(members), MIDWIFE, CLOCK).family();
    }

    static void assertDateRule(Runnable call, String rule, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Nested
    @DisplayName("an unborn child")
    class Unborn {
        @Test
        @DisplayName("is a member with an expected date of birth and no name; it is not counted as a child")
        void anUnbornMember() {
            Family.Registered registered = Family.register("Jones", "PO30 1UD", List.of(mum(), unborn(TODAY.plusMonths(4))), MIDWIFE, CLOCK);
            FamilyMember member = registered.family().members().get(1);
            assertThat(member.role()).isEqualTo(MemberRole.UNBORN);
            assertThat(member.isUnborn()).isTrue();
            assertThat(member.givenName()).isNull();
            assertThat(member.dateOfBirth()).isNull();
            assertThat(member.expectedDateOfBirth()).isEqualTo(TODAY.plusMonths(4));
            assertThat(registered.event().memberCount()).isEqualTo(2);
            assertThat(registered.event().childCount()).isZero();
        }

        @Test
        @DisplayName("expected more than 10 months ahead is 422 expected-birth-within-10-months; exactly 10 months is fine")
        void expectedWithinTenMonths() {
            assertDateRule(() -> family(mum(), unborn(TODAY.plusMonths(10).plusDays(1))), Family.EXPECTED_BIRTH_WITHIN_10_MONTHS,
                    "members[1].expectedDateOfBirth");
            Family family = family(mum());
            assertDateRule(() -> family.add(unborn(TODAY.plusMonths(10).plusDays(1)), CLOCK), Family.EXPECTED_BIRTH_WITHIN_10_MONTHS,
                    "expectedDateOfBirth");
            assertThat(family.add(unborn(TODAY.plusMonths(10)), CLOCK).expectedDateOfBirth()).isEqualTo(TODAY.plusMonths(10));
        }

        @Test
        @DisplayName("expected more than a month ago is 422 expected-birth-not-more-than-a-month-past (record the birth instead); a month ago is fine")
        void expectedNotLongPast() {
            assertDateRule(() -> family(mum(), unborn(TODAY.minusMonths(1).minusDays(1))), Family.EXPECTED_BIRTH_NOT_MORE_THAN_A_MONTH_PAST,
                    "members[1].expectedDateOfBirth");
            assertThat(family(mum(), unborn(TODAY.minusMonths(1))).members()).hasSize(2);
        }
    }

    @Nested
    @DisplayName("a birth")
    class Birth {
        @Test
        @DisplayName("turns the unborn member into a CHILD with the same id, keeping the expected date; ChildBorn carries no name and no date of birth")
        void theSameMemberBecomesAChild() {
            Family family = family(mum(), unborn(TODAY.plusDays(3)));
            UUID id = family.members().get(1).id();
            Family.Born born = family.recordBirth(id, TODAY, "Cara", null, "943 476 5919", MIDWIFE, CLOCK);
            assertThat(born.member().id()).isEqualTo(id);
            assertThat(born.member().role()).isEqualTo(MemberRole.CHILD);
            assertThat(born.member().dateOfBirth()).isEqualTo(TODAY);
            assertThat(born.member().givenName()).isEqualTo("Cara");
            assertThat(born.member().familyName()).isEqualTo("Jones"); // the family's name when none was given
            assertThat(born.member().nhsNumber()).isEqualTo("9434765919");
            assertThat(born.member().expectedDateOfBirth()).isEqualTo(TODAY.plusDays(3));
            assertThat(born.event().memberId()).isEqualTo(id);
            assertThat(born.event().recordedOn()).isEqualTo(TODAY);
            assertThat(born.event().toString()).doesNotContain("Cara", "Jones");
            assertThat(java.util.Arrays.stream(born.event().getClass().getRecordComponents()).map(java.lang.reflect.RecordComponent::getName))
                    .containsExactly("familyId", "area", "memberId", "recordedOn", "recordedByUserId");
        }

        @Test
        @DisplayName("recorded twice, or for a born member, is 409; for someone not in the family 404")
        void onceAndOnlyForAnUnbornMember() {
            Family family = family(mum(), unborn(TODAY.plusDays(3)));
            UUID id = family.members().get(1).id();
            family.recordBirth(id, TODAY, "Cara", "Smith", null, MIDWIFE, CLOCK);
            assertThat(family.members().get(1).familyName()).isEqualTo("Smith");
            assertThatThrownBy(() -> family.recordBirth(id, TODAY, "Cara", null, null, MIDWIFE, CLOCK)).isInstanceOf(ConflictingState.class);
            assertThatThrownBy(() -> family.recordBirth(family.members().get(0).id(), TODAY, "X", null, null, MIDWIFE, CLOCK))
                    .isInstanceOf(ConflictingState.class);
            assertThatThrownBy(() -> family.recordBirth(UUID.randomUUID(), TODAY, "X", null, null, MIDWIFE, CLOCK)).isInstanceOf(NotFound.class);
        }

        @Test
        @DisplayName("a date of birth after today is 422 recorded-date-not-after-today; more than 20 weeks before the expected date 422; the member stays unborn")
        void theDateOfBirthIsARecordedDate() {
            Family family = family(mum(), unborn(TODAY.plusDays(3)));
            UUID id = family.members().get(1).id();
            assertDateRule(() -> family.recordBirth(id, TODAY.plusDays(1), "Cara", null, null, MIDWIFE, CLOCK), RecordedDates.NOT_AFTER_TODAY,
                    "dateOfBirth");
            assertDateRule(() -> family.recordBirth(id, TODAY.plusDays(3).minusWeeks(20).minusDays(1), "Cara", null, null, MIDWIFE, CLOCK),
                    Family.BIRTH_AT_MOST_20_WEEKS_BEFORE_EXPECTED_DATE, "dateOfBirth");
            assertThat(family.members().get(1).isUnborn()).isTrue();
            assertThat(family.recordBirth(id, TODAY.plusDays(3).minusWeeks(20), "Cara", null, null, MIDWIFE, CLOCK).member().isChild()).isTrue();
        }
    }

    @Nested
    @DisplayName("a refusal of help")
    class Refusal {
        @Test
        @DisplayName("is recorded with who, when, reasons and the services offered; ConsentRefused carries ids, the date and a count, never the reasons")
        void recorded() {
            Family family = family(mum(), new NewMember("Amy", "Jones", LocalDate.of(2016, 1, 1), MemberRole.CHILD, null, null));
            UUID mum = family.members().get(0).id();
            Family.Refused refused = family.recordRefusal(mum, TODAY.minusDays(2), "We manage on our own", List.of("Children's centre", "Health visitor"),
                    true, MIDWIFE, CLOCK);
            assertThat(family.consentRefusals()).containsExactly(refused.refusal());
            assertThat(refused.refusal().universalServicesOffered()).containsExactly("Children's centre", "Health visitor");
            ConsentRefusedV1 event = refused.event();
            assertThat(event.refusedByMemberId()).isEqualTo(mum);
            assertThat(event.refusedOn()).isEqualTo(TODAY.minusDays(2));
            assertThat(event.universalServicesOffered()).isEqualTo(2);
            assertThat(event.toString()).doesNotContain("manage", "centre");
        }

        @Test
        @DisplayName("needs the family told that the refusal is recorded, an adult of the family, and a date not after today (422 each; nothing recorded)")
        void rules() {
            Family family = family(mum(), new NewMember("Amy", "Jones", LocalDate.of(2016, 1, 1), MemberRole.CHILD, null, null),
                    unborn(TODAY.plusMonths(2)));
            UUID mum = family.members().get(0).id();
            assertThatThrownBy(() -> family.recordRefusal(mum, TODAY, "r", List.of(), false, MIDWIFE, CLOCK))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Family.REFUSAL_TOLD_DATA_IS_RECORDED));
            assertThatThrownBy(() -> family.recordRefusal(UUID.randomUUID(), TODAY, "r", List.of(), true, MIDWIFE, CLOCK))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Family.REFUSAL_BY_A_FAMILY_MEMBER));
            for (FamilyMember notAnAdult : List.of(family.members().get(1), family.members().get(2))) {
                assertThatThrownBy(() -> family.recordRefusal(notAnAdult.id(), TODAY, "r", List.of(), true, MIDWIFE, CLOCK))
                        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Family.REFUSAL_BY_AN_ADULT));
            }
            assertDateRule(() -> family.recordRefusal(mum, TODAY.plusDays(1), "r", List.of(), true, MIDWIFE, CLOCK), RecordedDates.NOT_AFTER_TODAY,
                    "refusedOn");
            assertThat(family.consentRefusals()).isEmpty();
        }
    }
}
