package org.earlyhelp.reporting.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsAreQuotedAsRfc4180Says() {
        assertThat(new Csv("a", "b").row("plain", "with,comma").row("with \"quote\"", "two\r\nlines").row(null, new BigDecimal("0.250"))
                .toString()).isEqualTo("a,b\r\nplain,\"with,comma\"\r\n\"with \"\"quote\"\"\",\"two\r\nlines\"\r\n,0.250\r\n");
    }

    @Test
    void fileNamesAreLettersDigitsAndDashes() {
        assertThat(Csv.fileName("partnership", "isle of/wight", "2027-01-01")).isEqualTo("partnership-isle_of_wight-2027-01-01.csv");
    }
}
