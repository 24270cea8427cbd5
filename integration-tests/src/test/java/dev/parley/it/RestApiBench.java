package dev.parley.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

import dev.parley.it.harness.HeapSampler;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.Percentiles;
import dev.parley.it.harness.PostgresSchema;
import dev.parley.it.harness.TestBundles;

/**
 * Load on the REST API: N concurrent connections on loopback send requests back to back for a
 * fixed time; prints throughput, p50/p99 latency, errors and the container's peak heap. Asserts only
 * that requests were answered. Run with
 * {@code mvn -B verify -Pbench -pl runtime,integration-tests -am -Dit.test=RestApiBench}; system
 * properties {@code parley.bench.endpoint} ({@code analyze} or {@code messages}),
 * {@code parley.bench.connections} (8), {@code parley.bench.seconds} (20).
 */
class RestApiBench {

    private static final String KEY = "bench-" + UUID.randomUUID();
    private static final String[] TEXTS = {
        "Where is my order 100234?", "I want to cancel my order 100235", "What are your opening hours?",
        "My parcel arrived damaged, I want a refund", "How much is shipping to Austria?",
        "Please change my email to ada@example.com", "Thanks, that was quick!", "I need to talk to a human" };
    private static final int MESSAGES_PER_CONVERSATION = 4;

    @TempDir
    Path work;

    @Test
    void throughputAndLatencyUnderConcurrentLoad() throws Exception {
        String endpoint = System.getProperty("parley.bench.endpoint", "analyze");
        int connections = Integer.getInteger("parley.bench.connections", 8);
        Duration duration = Duration.ofSeconds(Integer.getInteger("parley.bench.seconds", 20));

        boolean postgresql = "postgresql".equals(System.getProperty("parley.bench.store", "h2"));
        PostgresSchema schema = new PostgresSchema();
        ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", KEY);
        if (postgresql) {
            schema.beforeAll(null);
            parley.withConfiguration("dev.parley.store.cfg", schema.storeConfiguration());
        }
        parley.startFresh("RestApiBench");
        try {
            waitForApi(parley);
            run(parley, endpoint, connections, Duration.ofSeconds(5), new HeapSampler(parley));
            HeapSampler heap = new HeapSampler(parley);
            Result result = run(parley, endpoint, connections, duration, heap);
            report(endpoint, connections, duration, result, heap, HeapSampler.peakResidentMemory(parley));
            assertThat(result.latenciesMicros.length).isPositive();
        } finally {
            parley.stop();
            schema.afterAll(null);
        }
    }

    private record Result(long[] latenciesMicros, long errors) {
    }

    private static Result run(ParleyContainer parley, String endpoint, int connections, Duration duration, HeapSampler heap)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(connections + 1);
        try {
            Future<?> sampler = pool.submit(() -> heap.sampleWhile(running));
            List<Future<long[]>> workers = new ArrayList<>();
            long[] errors = new long[connections];
            for (int i = 0; i < connections; i++) {
                int worker = i;
                workers.add(pool.submit(() -> drive(parley, endpoint, running, errors, worker)));
            }
            Thread.sleep(duration.toMillis());
            running.set(false);
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get());
            }
            sampler.get();
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(latencies, Arrays.stream(errors).sum());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One connection: requests back to back until stopped; latencies of the 2xx answers. */
    private static long[] drive(ParleyContainer parley, String endpoint, AtomicBoolean running, long[] errors, int worker)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String path = "/api/v1/analyze";
        long[] latencies = new long[1024];
        int count = 0;
        for (int n = 0; running.get(); n++) {
            if (endpoint.equals("messages") && n % MESSAGES_PER_CONVERSATION == 0) {
                // a customer's conversation of a few turns, as a web chat has them; then the next one
                HttpResponse<String> created = client.send(post(parley, "/api/v1/conversations",
                        "{\"customerId\":\"C-1001\",\"channel\":\"web\"}"), HttpResponse.BodyHandlers.ofString());
                path = "/api/v1/conversations/" + JsonParser.parseString(created.body()).getAsJsonObject().get("id")
                        .getAsString() + "/messages";
            }
            String text = TEXTS[(n + worker) % TEXTS.length];
            String body = "{\"text\":\"" + text + "\",\"messageId\":\"" + UUID.randomUUID() + "\"}";
            long started = System.nanoTime();
            HttpResponse<String> response = client.send(post(parley, path, body), HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - started) / 1000;
            if (response.statusCode() / 100 != 2) {
                errors[worker]++;
                continue;
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = micros;
        }
        return Arrays.copyOf(latencies, count);
    }

    private static HttpRequest post(ParleyContainer parley, String path, String json) {
        return HttpRequest.newBuilder(parley.uri(path)).header("X-API-Key", KEY).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json, UTF_8)).build();
    }

    private static void waitForApi(ParleyContainer parley) throws InterruptedException {
        for (int attempt = 0; attempt < 300; attempt++) {
            try {
                if (parley.send(HttpRequest.newBuilder(parley.uri("/api/v1/conversations")).header("X-API-Key", KEY)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")))
                        .statusCode() == 201) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the bundle is still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the REST API did not answer with a store: " + parley.consoleOutput());
    }

    private static void report(String endpoint, int connections, Duration duration, Result result, HeapSampler heap,
            String rss) {
        long[] latencies = result.latenciesMicros;
        System.out.println();
        System.out.println("== Parley REST API benchmark: POST " + (endpoint.equals("messages")
                ? "/api/v1/conversations/{id}/messages" : "/api/v1/analyze") + " ==");
        System.out.printf("%d connections for %d s: %d answered, %d errors, %.0f requests/s%n", connections,
                duration.toSeconds(), latencies.length, result.errors, latencies.length / (double) duration.toSeconds());
        if (latencies.length > 0) {
            System.out.printf("latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n", Percentiles.millis(latencies, 0.50),
                    Percentiles.millis(latencies, 0.90), Percentiles.millis(latencies, 0.99),
                    latencies[latencies.length - 1] / 1000.0);
        }
        System.out.println("peak heap (health check samples): " + heap.peakMessage());
        System.out.println("peak resident memory of the JVM: " + rss);
        System.out.println();
    }

}
