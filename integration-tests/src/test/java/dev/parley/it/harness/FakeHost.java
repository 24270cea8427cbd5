package dev.parley.it.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A helpdesk's API on loopback for adapter tests: records every request (method, path, headers,
 * body) and answers with configured responses. It can be switched {@link #down() down} (the port
 * refuses connections), {@link #unavailable() unavailable} (every request answered 503) or
 * {@link #throttle throttled} (429 with {@code Retry-After}); requests refused while down are not
 * recorded, the others are.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeHost host = new FakeHost()
 *         .respond("POST", "/api/v1/accounts/\\d+/conversations/\\d+/messages", 200, "{\"id\": 1}");
 * }</pre>
 *
 * Register it before the {@link ParleyContainer} whose configuration uses {@link #baseUri()}; it
 * can also be started by hand with {@link #start()}.
 */
public final class FakeHost implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    /** One request as the host received it. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body,
            Instant receivedAt) {

        /** The first value of a header, its name in any case. */
        public Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    private record Route(String method, Pattern path, int status, String body) {
        boolean matches(String requestMethod, String requestPath) {
            return method.equalsIgnoreCase(requestMethod) && path.matcher(requestPath).matches();
        }
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final AtomicInteger throttled = new AtomicInteger();
    private volatile Duration retryAfter = Duration.ofSeconds(1);
    private volatile boolean unavailable;
    private volatile int defaultStatus = 200;
    private volatile String defaultBody = "{}";
    private HttpServer server;
    private ExecutorService executor;
    private int port;

    /**
     * Answers requests whose method and path (regular expression, whole path) match with this
     * status and JSON body; the first matching route wins, other requests get the default answer.
     */
    public FakeHost respond(String method, String pathRegex, int status, String jsonBody) {
        routes.add(new Route(method, Pattern.compile(pathRegex), status, jsonBody));
        return this;
    }

    /** Forgets the routes of {@link #respond}; every request gets the default answer again. */
    public FakeHost clearResponses() {
        routes.clear();
        return this;
    }

    /** The answer to requests no route matches (initially 200 with {@code {}}). */
    public FakeHost respondByDefault(int status, String jsonBody) {
        this.defaultStatus = status;
        this.defaultBody = jsonBody;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Starts listening on a free loopback port, or on the port it had before {@link #down()}. */
    public synchronized FakeHost start() throws IOException {
        if (server != null) {
            return this;
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "fake-host");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
        return this;
    }

    /** The host's base URI, e.g. {@code http://127.0.0.1:40123}, without a trailing slash. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    /** Stops listening: connections are refused until {@link #up()}. The port is kept. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** Listens again on the same port and answers normally. */
    public synchronized void up() throws IOException {
        unavailable = false;
        start();
    }

    /** Answers every request with 503 until {@link #available()}. */
    public void unavailable() {
        unavailable = true;
    }

    public void available() {
        unavailable = false;
    }

    /** Answers the next {@code count} requests with 429 and {@code Retry-After: <seconds>}. */
    public void throttle(int count, Duration retryAfter) {
        this.retryAfter = retryAfter;
        throttled.set(count);
    }

    /** Every request recorded so far, oldest first. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The recorded requests with this method whose path matches the regular expression. */
    public List<Request> requests(String method, String pathRegex) {
        Pattern pattern = Pattern.compile(pathRegex);
        return requests(request -> request.method().equalsIgnoreCase(method) && pattern.matcher(request.path()).matches());
    }

    public List<Request> requests(Predicate<Request> filter) {
        List<Request> matching = new ArrayList<>();
        for (Request request : requests) {
            if (filter.test(request)) {
                matching.add(request);
            }
        }
        return matching;
    }

    /** Forgets the recorded requests. */
    public void clear() {
        requests.clear();
    }

    @Override
    public void close() {
        down();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    List.copyOf(values)));
            URI uri = exchange.getRequestURI();
            String method = exchange.getRequestMethod();
            requests.add(new Request(method, uri.getPath(), uri.getRawQuery(), headers, body, Instant.now()));
            if (unavailable) {
                send(exchange, 503, "{\"error\": \"service unavailable\"}");
            } else if (throttled.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfter.toSeconds()));
                send(exchange, 429, "{\"error\": \"too many requests\"}");
            } else {
                Route route = routes.stream().filter(r -> r.matches(method, uri.getPath())).findFirst().orElse(null);
                send(exchange, route == null ? defaultStatus : route.status(), route == null ? defaultBody : route.body());
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
