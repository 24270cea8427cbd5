package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/**
 * Measures a customer message through the assistant in the real container (HTTP client servlet,
 * default models, a whiteboard skill, an in-memory store): latency one at a time and throughput
 * with concurrent conversations. Prints the figures; asserts only that every message was answered.
 * Run with {@code mvn -B verify -Pbench -pl integration-tests -am}.
 */
class AssistantBench {

    private static final int WARM_UP = 200;
    private static final int SEQUENTIAL = 500;
    private static final int THREADS = 4;
    private static final int PER_THREAD = 250;
    private static final List<String> TEXTS = List.of("Where is my order 100234?", "hello there",
            "what are your opening hours", "I want to return a damaged item", "can you recommend a good movie",
            "My parcel never arrived and nobody answers, this is annoying");

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    @TempDir
    Path work;

    private final AtomicInteger messages = new AtomicInteger();

    @Test
    void latencyAndThroughputOfOneMessage() throws Exception {
        parley.deploy(TestBundles.assistantClient(work), "assistant-client.jar");
        parley.deploy(TestBundles.assistantStore(work), "assistant-store.jar");
        Await.until("the assistant answers", () -> send(0) == 200);
        for (int i = 0; i < WARM_UP; i++) {
            send(i);
        }

        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < SEQUENTIAL; i++) {
            long started = System.nanoTime();
            assertThat(send(i)).isEqualTo(200);
            latencies.add(System.nanoTime() - started);
        }
        Collections.sort(latencies);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        List<Future<Integer>> answered = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            answered.add(pool.submit(() -> {
                int ok = 0;
                for (int i = 0; i < PER_THREAD; i++) {
                    ok += send(thread * 1000 + i) == 200 ? 1 : 0;
                }
                return ok;
            }));
        }
        int ok = 0;
        for (Future<Integer> future : answered) {
            ok += future.get();
        }
        Duration concurrent = Duration.ofNanos(System.nanoTime() - started);
        pool.shutdown();

        System.out.printf("assistant bench: %d sequential messages p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
                + " %d threads: %d messages in %d ms = %.0f messages/s; heap: %s%n", SEQUENTIAL,
                millis(latencies, 0.50), millis(latencies, 0.95), millis(latencies, 1.0), THREADS, ok,
                concurrent.toMillis(), ok * 1000.0 / concurrent.toMillis(),
                String.join("; ", parley.healthMessages("Heap memory")));
        assertThat(ok).isEqualTo(THREADS * PER_THREAD);
    }

    private int send(int conversation) {
        int id = messages.incrementAndGet();
        String text = TEXTS.get(id % TEXTS.size());
        return parley.get("/it/assistant?conversation=bench-" + (conversation % 50) + "-" + id / 20 + "&message=b-" + id
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).statusCode();
    }

    private static double millis(List<Long> sorted, double quantile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
