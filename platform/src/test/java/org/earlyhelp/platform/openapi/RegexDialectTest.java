package org.earlyhelp.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegexDialectTest {

    @Test
    @DisplayName("a Java @Pattern becomes an anchored ECMA-262 pattern that accepts and refuses the same values")
    void anchored() {
        String ecma = RegexDialect.ecma("[A-Z_]+");
        assertThat(ecma).isEqualTo("^(?:[A-Z_]+)$");
        assertThat(Pattern.compile(ecma).matcher("NEGLECT").find()).isTrue();
        assertThat(Pattern.compile(ecma).matcher("neglect NEGLECT").find()).isFalse();
    }

    @Test
    @DisplayName("Java's (?s) flag, unknown to ECMA-262, becomes [\\s\\S] for each dot outside a class; escapes and classes are kept")
    void dotAll() {
        String ecma = RegexDialect.ecma("(?s).*\\S.*");
        assertThat(ecma).isEqualTo("^(?:[\\s\\S]*\\S[\\s\\S]*)$").doesNotContain("(?s)");
        assertThat(Pattern.compile(ecma).matcher("line one\nline two").find()).isTrue();
        assertThat(Pattern.compile(ecma).matcher(" \n ").find()).isFalse();
        assertThat(RegexDialect.ecma("(?s)a\\.[.]")).isEqualTo("^(?:a\\.[.])$");
    }

    @Test
    @DisplayName("SmallRye's own @NotBlank pattern (\\S, anywhere) and an already anchored pattern are left as they are")
    void leftAlone() {
        assertThat(RegexDialect.ecma("\\S")).isEqualTo("\\S");
        assertThat(RegexDialect.ecma("^[a-z]+$")).isEqualTo("^[a-z]+$");
    }
}
