package org.earlyhelp.assessment.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.events.ChildAge;
import org.earlyhelp.events.assessment.ChildAgesRecordedV1;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Ages in whole years on an event's date (issue 20), with no database. */
class ChildAgesTest {

    static final LocalDate BORN = LocalDate.of(2019, 6, 15);

    @Nested
    @DisplayName("an age in whole years")
    class AgeOn {
        @Test
        @DisplayName("goes up on the birthday itself, not the day before")
        void birthday() {
            assertThat(ChildAges.ageOn(BORN, LocalDate.of(2026, 6, 15))).isEqualTo(7);
            assertThat(ChildAges.ageOn(BORN, LocalDate.of(2026, 6, 14))).isEqualTo(6);
            assertThat(ChildAges.ageOn(BORN, LocalDate.of(2026, 6, 16))).isEqualTo(7);
        }

        @Test
        @DisplayName("is 0 on the day of birth and through the first year")
        void firstYear() {
            assertThat(ChildAges.ageOn(BORN, BORN)).isZero();
            assertThat(ChildAges.ageOn(BORN, LocalDate.of(2020, 6, 14))).isZero();
            assertThat(ChildAges.ageOn(BORN, LocalDate.of(2020, 6, 15))).isEqualTo(1);
        }

        @Test
        @DisplayName("a child born on 29 February has a year more on 1 March of a common year, on 29 February of a leap year")
        void leapDayBirth() {
            LocalDate leapDay = LocalDate.of(2020, 2, 29);
            assertThat(ChildAges.ageOn(leapDay, LocalDate.of(2021, 2, 28))).isZero();
            assertThat(ChildAges.ageOn(leapDay, LocalDate.of(2021, 3, 1))).isEqualTo(1);
            assertThat(ChildAges.ageOn(leapDay, LocalDate.of(2027, 2, 28))).isEqualTo(6);
            assertThat(ChildAges.ageOn(leapDay, LocalDate.of(2027, 3, 1))).isEqualTo(7);
            assertThat(ChildAges.ageOn(leapDay, LocalDate.of(2024, 2, 28))).isEqualTo(3);
            assertThat(ChildAges.ageOn(leapDay, LocalDate.of(2024, 2, 29))).isEqualTo(4);
        }

        @Test
        @DisplayName("is never negative: a date before the birth is 0")
        void neverNegative() {
            assertThat(ChildAges.ageOn(BORN, BORN.minusDays(1))).isZero();
            assertThat(ChildAges.ageOn(BORN, BORN.minusYears(3))).isZero();
        }
    }

    @Nested
    @DisplayName("the ages of the children an event names")
    class Ages {
        final UUID older = UUID.randomUUID();
        final UUID younger = UUID.randomUUID();
        final UUID unborn = UUID.randomUUID();
        final Map<UUID, LocalDate> datesOfBirth = Map.of(older, LocalDate.of(2012, 9, 1), younger, BORN);

        @Test
        @DisplayName("one entry per child with a date of birth, in the order named, each once")
        void inOrder() {
            assertThat(ChildAges.on(LocalDate.of(2026, 6, 15), List.of(younger, older, younger), datesOfBirth))
                    .containsExactly(new ChildAge(younger, 7), new ChildAge(older, 13));
        }

        @Test
        @DisplayName("an unborn child, a member not held, or a child born after the date (unborn that day) has no entry")
        void onlyChildrenBornByThen() {
            assertThat(ChildAges.on(LocalDate.of(2026, 6, 15), Arrays.asList(unborn, older, UUID.randomUUID(), null), datesOfBirth))
                    .containsExactly(new ChildAge(older, 13));
            assertThat(ChildAges.on(BORN.minusDays(1), List.of(younger, older), datesOfBirth)).containsExactly(new ChildAge(older, 6));
            assertThat(ChildAges.on(BORN, List.of(younger), datesOfBirth)).containsExactly(new ChildAge(younger, 0));
            assertThat(ChildAges.on(BORN, List.of(), datesOfBirth)).isEmpty();
            assertThat(ChildAges.on(BORN, null, datesOfBirth)).isEmpty();
        }
    }

    @Test
    @DisplayName("a family tells the ages of the children another service's event names: ids and whole years, never a name or a date of birth")
    void aFamilyTellsItsChildrensAges() {
        Family family = FamilyTest.family(FamilyTest.mum(),
                new NewMember("Amy", "Jones", LocalDate.of(2016, 2, 29), MemberRole.CHILD, null, null),
                FamilyTest.unborn(FamilyTest.TODAY.plusMonths(3)));
        UUID mum = family.members().get(0).id();
        UUID amy = family.members().get(1).id();
        UUID unborn = family.members().get(2).id();
        UUID stepDown = UUID.randomUUID();
        LocalDate acceptedOn = LocalDate.of(2026, 2, 28);

        ChildAgesRecordedV1 event = family.childAgesRecorded(ChildAgesRecordedV1.STEP_DOWN_ACCEPTED, stepDown, acceptedOn,
                List.of(amy, unborn, UUID.randomUUID()));

        assertThat(event.familyId()).isEqualTo(family.id());
        assertThat(event.area()).isEqualTo("isle-of-wight");
        assertThat(event.occasion()).isEqualTo("STEP_DOWN_ACCEPTED");
        assertThat(event.occasionRef()).isEqualTo(stepDown);
        assertThat(event.asOf()).isEqualTo(acceptedOn);
        assertThat(event.childAges()).containsExactly(new ChildAge(amy, 9));
        assertThat(event.toString()).doesNotContain("Amy", "Jones", "2016-02-29", mum.toString());
        assertThat(family.childAgesRecorded(ChildAgesRecordedV1.STEP_DOWN_ACCEPTED, stepDown, acceptedOn.plusDays(1), List.of(amy))
                .childAges()).containsExactly(new ChildAge(amy, 10));
    }
}
