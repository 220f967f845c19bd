package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    @DisplayName("a free port for a test system lies below the kernel's ephemeral range, where no outgoing connection is given it, and can be bound")
    void freePortsAreOutsideTheEphemeralRange() throws Exception {
        int ephemeralStart = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim().split("\\s+")[0]);
        for (int i = 0; i < 20; i++) {
            int port = Ports.free();
            assertThat(port).isLessThan(ephemeralStart);
            try (ServerSocket bound = new ServerSocket(port)) {
                assertThat(bound.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
