package dev.parley.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * osTicket's ticket API on loopback, as far as Parley uses it: {@code POST /api/tickets.json}
 * with the right {@code X-API-Key} opens a ticket and answers {@code 201} with its number as plain
 * text; a wrong key gets {@code 401}, anything else osTicket's {@code 400 URL not supported}.
 * It can be taken {@link #down()} (the port refuses connections) and brought back {@link #up()}.
 */
final class FakeOsTicket implements AutoCloseable {

    /** A ticket it opened: its number and the JSON body it was opened with. */
    record Opened(String number, JsonObject body) {
    }

    private final String apiKey;
    private final List<Opened> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextNumber = new AtomicInteger(480_001);
    private final AtomicInteger refusedKeys = new AtomicInteger();
    private HttpServer server;
    private int port;

    private FakeOsTicket(String apiKey) {
        this.apiKey = apiKey;
    }

    static FakeOsTicket start(String apiKey) {
        FakeOsTicket fake = new FakeOsTicket(apiKey);
        fake.up();
        return fake;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    List<Opened> opened() {
        return List.copyOf(opened);
    }

    int refusedKeys() {
        return refusedKeys.get();
    }

    synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    /** Stops listening; the port is kept for {@link #up()}. */
    synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        down();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!"POST".equals(exchange.getRequestMethod()) || !"/api/tickets.json".equals(exchange.getRequestURI()
                .getPath())) {
            answer(exchange, 400, "URL not supported");
        } else if (!apiKey.equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
            refusedKeys.incrementAndGet();
            answer(exchange, 401, "API key not found/active or source IP not authorized");
        } else {
            String number = Integer.toString(nextNumber.getAndIncrement());
            opened.add(new Opened(number, JsonParser.parseString(body).getAsJsonObject()));
            answer(exchange, 201, number);
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
