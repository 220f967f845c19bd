package org.earlyhelp.assessment.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = { "9434765919", "943 476 5919", "943-476-5919", "4010232137" })
    void anNhsNumberWithTheRightCheckDigitIsValid(String nhsNumber) {
        assertThat(Identifiers.isValidNhsNumber(nhsNumber)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "9434765918", "943476591", "94347659190", "ABCDEFGHIJ", "" })
    void anNhsNumberWithAWrongCheckDigitOrLengthIsInvalid(String nhsNumber) {
        assertThat(Identifiers.isValidNhsNumber(nhsNumber)).isFalse();
    }

    @Test
    void anNhsNumberWhoseCheckWouldBeTenIsNeverValid() {
        // 1000000010: sum = 10*1 + 2*1 = 12 -> 11 - 1 = 10 -> no valid check digit exists
        for (int last = 0; last <= 9; last++) {
            assertThat(Identifiers.isValidNhsNumber("100000001" + last)).isFalse();
        }
    }

    @Test
    void aUpnWithTheRightCheckLetterIsValidAndAnyOtherLetterIsNot() {
        String body = "820200109001";
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * (i + 2);
        }
        char check = "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23);
        assertThat(Identifiers.isValidUpn(check + body)).isTrue();
        assertThat(Identifiers.isValidUpn(Character.toLowerCase(check) + body)).isTrue();
        char wrong = check == 'A' ? 'B' : 'A';
        assertThat(Identifiers.isValidUpn(wrong + body)).isFalse();
        assertThat(Identifiers.isValidUpn(check + body.substring(1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "PO30 1UD", "po301ud", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "GIR 0AA" })
    void ukPostcodesAreValid(String postcode) {
        assertThat(Identifiers.isValidPostcode(postcode)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "PO30", "12345", "PO30 1U", "QQ1 1QQQ", "" })
    void notPostcodesAreInvalid(String postcode) {
        assertThat(Identifiers.isValidPostcode(postcode)).isFalse();
    }

    @Test
    void postcodesAreWrittenInCapitalsWithOneSpace() {
        assertThat(Identifiers.normalisePostcode(" po30  1ud ")).isEqualTo("PO30 1UD");
    }
}
