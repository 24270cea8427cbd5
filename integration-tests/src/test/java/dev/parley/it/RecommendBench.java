package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.Percentiles;

/**
 * {@code mvn -B verify -Pbench -pl runtime,integration-tests -am -Dit.test=RecommendBench}: latency
 * of {@code GET /api/v1/customers/{id}/recommendations?limit=10} for the demo customers, with the
 * model also trained on ../shared/data/retail when it is there (3,400 items, so the ranking is not
 * trivially small). System properties {@code parley.bench.requests} (20,000) and
 * {@code parley.bench.connections} (4).
 */
class RecommendBench {

    static final String KEY = "bench-" + UUID.randomUUID();
    static final Path RETAIL = Path.of(System.getProperty("parley.shared.data", "../../shared/data"), "retail",
            "online-retail.csv").toAbsolutePath().normalize();

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", KEY);

    @Test
    void recommendationLatency() throws Exception {
        boolean retail = Files.isRegularFile(RETAIL);
        if (retail) {
            parley.writeConfiguration("dev.parley.recommend.cfg", "transactionsFile=" + RETAIL + "\n");
        }
        Pattern trained = Pattern.compile("recommendations trained on \\d+ purchases \\([1-9]\\d* from the host's orders\\)"
                + (retail ? " of [1-9]\\d{3,} customers" : ""));
        Await.until("the recommender has trained", () -> !parley.logLines(trained).isEmpty());
        int requests = Integer.getInteger("parley.bench.requests", 20_000);
        int connections = Integer.getInteger("parley.bench.connections", 4);

        run(2_000, connections);
        long started = System.nanoTime();
        long[] micros = run(requests, connections);
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.println();
        System.out.println("== Parley recommendations benchmark" + (retail ? " (model with the retail data)" : ""));
        System.out.println(parley.logLines(trained).get(parley.logLines(trained).size() - 1));
        System.out.printf("%d requests on %d connections in %.1f s: %.0f requests/s%n", requests, connections, seconds,
                requests / seconds);
        System.out.printf("latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n", Percentiles.millis(micros, 0.50),
                Percentiles.millis(micros, 0.90), Percentiles.millis(micros, 0.99), Percentiles.millis(micros, 1.0));
    }

    private static long[] run(int requests, int connections) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            results.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    String customer = String.format("C-%04d", 1001 + i % 20);
                    long started = System.nanoTime();
                    HttpResponse<String> response = parley.send(HttpRequest.newBuilder(parley.uri(
                            "/api/v1/customers/" + customer + "/recommendations?limit=10")).header("X-API-Key", KEY).GET());
                    latencies.add((System.nanoTime() - started) / 1000);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
