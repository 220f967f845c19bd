package org.earlyhelp.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback ports: a free one for tests, a check that a fixed one is free for the run command. */
public final class Ports {

    /**
     * A free port below the kernel's ephemeral range. A port from inside it can be handed to an outgoing connection
     * while the component that owns it is stopped: a Kafka broker restarted in a fault journey found its controller
     * port taken by a client's reconnect ("Address already in use"). Falls back to an ephemeral port.
     */
    public static int free() {
        int below = ephemeralRangeStart();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; below > LOWEST + 1000 && attempt < 200; attempt++) {
            int port = random.nextInt(LOWEST, below);
            if (canBind(port)) {
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int LOWEST = 20000;

    private static int ephemeralRangeStart() {
        try {
            // readAllLines, not readString: a /proc file reports size 0, and readString gave its first byte only
            String range = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** A free port not among {@code taken}; the caller adds it to {@code taken}. */
    public static int freeExcept(java.util.Set<Integer> taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = free();
            if (!taken.contains(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port found outside " + taken);
    }

    /** A free port p, not among {@code taken}, whose neighbour p + 1 is free and not taken either (Kafka's broker and controller). */
    public static int freePairExcept(java.util.Set<Integer> taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = freeExcept(taken);
            if (port < 65535 && !taken.contains(port + 1) && canBind(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("No free pair of ports found");
    }

    /** Free on every address, not only loopback: the components bind one or the other. */
    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Ports() {
    }
}
