package org.earlyhelp.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class StrictJsonTest {

    enum Kind { CHILD, PARENT }

    record Member(String givenName, LocalDate dateOfBirth, Kind role, boolean flag, int count, List<String> ids) {
    }

    final ObjectMapper mapper = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    @DisplayName("a well-formed body still reads")
    void readsAGoodBody() throws Exception {
        Member m = mapper.readValue("""
                {"givenName": "Ann\\tB", "dateOfBirth": "2019-03-04", "role": "CHILD", "flag": true, "count": 2, "ids": ["a"]}""", Member.class);
        assertThat(m).isEqualTo(new Member("Ann\tB", LocalDate.of(2019, 3, 4), Kind.CHILD, true, 2, List.of("a")));
    }

    @Test
    @DisplayName("a duplicate key is refused, not the last value silently kept")
    void duplicateKeys() {
        assertThatThrownBy(() -> mapper.readValue("{\"givenName\": \"a\", \"givenName\": \"b\"}", Member.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Duplicate field 'givenName'");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"a\\u0000b\"", "\"\\u0007\"", "\"x\\u007f\"" })
    @DisplayName("NUL and other control characters in text are refused")
    void controlCharacters(String value) {
        assertThatThrownBy(() -> mapper.readValue("{\"givenName\": " + value + "}", Member.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("control characters");
        assertThatThrownBy(() -> mapper.readValue("{\"ids\": [" + value + "]}", Member.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = { "12345", "\"1899-12-31\"", "\"2101-01-01\"", "\"+10000-01-01\"", "\"2027-02-30\"", "[2027,1,1]",
            "\"2027-1-1\"", "\"2027-01-01T00:00:00\"" })
    @DisplayName("a date is an ISO string from 1900-01-01 to 2100-12-31, nothing else")
    void dates(String value) {
        assertThatThrownBy(() -> mapper.readValue("{\"dateOfBirth\": " + value + "}", Member.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    @DisplayName("the range's ends are dates")
    void rangeEnds() throws Exception {
        assertThat(mapper.readValue("{\"dateOfBirth\": \"1900-01-01\"}", Member.class).dateOfBirth()).isEqualTo(BoundedDates.EARLIEST);
        assertThat(mapper.readValue("{\"dateOfBirth\": \"2100-12-31\"}", Member.class).dateOfBirth()).isEqualTo(BoundedDates.LATEST);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"givenName\": 12}", "{\"givenName\": true}", "{\"flag\": 1}", "{\"flag\": \"true\"}",
            "{\"count\": \"2\"}", "{\"count\": 2.5}", "{\"role\": 0}", "{\"role\": \"NEPHEW\"}" })
    @DisplayName("no value is coerced to another type, and codes are only their names")
    void noCoercion(String body) {
        assertThatThrownBy(() -> mapper.readValue(body, Member.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    @DisplayName("nesting is bounded")
    void nesting() {
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThatThrownBy(() -> mapper.readTree(deep)).isInstanceOf(JsonProcessingException.class);
    }
}
