package org.earlyhelp.notification.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP receiver for partner webhooks: answers each request with the next scripted status and keeps what it got. */
final class Receiver implements AutoCloseable {

    record Received(Map<String, String> headers, String body, int answeredWith) {
    }

    private final HttpServer server;
    private final List<Integer> script;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** @param script the status of each answer in turn; the last one repeats */
    Receiver(Integer... script) throws IOException {
        this.script = new ArrayList<>(List.of(script));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            int status;
            synchronized (this) {
                status = this.script.size() > 1 ? this.script.remove(0) : this.script.get(0);
            }
            received.add(new Received(headers, body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
