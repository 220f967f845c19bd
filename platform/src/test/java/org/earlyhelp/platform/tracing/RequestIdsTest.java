package org.earlyhelp.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    @DisplayName("a caller's sensible request id is kept, whatever the trace")
    void sensibleIdIsKept() {
        assertThat(RequestIds.accept("front-end-1234", TRACE_ID)).isEqualTo("front-end-1234");
    }

    @Test
    @DisplayName("without a sensible request id, the request takes its trace's id")
    void traceIdWhenNoneGiven() {
        assertThat(RequestIds.accept(null, TRACE_ID)).isEqualTo(TRACE_ID);
        assertThat(RequestIds.accept("bad id; drop table", TRACE_ID)).isEqualTo(TRACE_ID);
    }

    @Test
    @DisplayName("outside any trace, a new id")
    void newIdOutsideATrace() {
        assertThat(RequestIds.accept(null, null)).matches("[0-9a-f-]{36}");
    }
}
