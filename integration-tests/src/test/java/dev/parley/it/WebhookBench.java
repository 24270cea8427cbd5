package dev.parley.it;

import static dev.parley.it.ChatwootWebhooks.customerMessage;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.FakeHost;
import dev.parley.it.harness.HeapSampler;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.Percentiles;

/**
 * Webhooks under load, through the Chatwoot adapter in the shipped container (-Xmx512m) with its
 * real assistant: bursts of N concurrent signed deliveries, each a new customer message, and
 * prints the acknowledgement latency (p50/p99, and for comparison that of requests answered 404 before
 * any work, which shows what the load generator on the same machine costs), the end-to-end rate until every reply reached the
 * fake Chatwoot, the outbox's own delivery rate (replies held while Chatwoot is down, then
 * released), and the peak heap. Asserts only that every delivery was acknowledged and answered.
 * Run with {@code mvn -B verify -Pbench -pl runtime,integration-tests -am -Dit.test=WebhookBench};
 * system properties {@code parley.bench.deliveries} (200 at once) and {@code parley.bench.rounds} (5).
 */
class WebhookBench {

    private static final String[] TEXTS = {"What are your opening hours?", "Where is my order 100234?",
        "How much is shipping to Austria?", "Thanks, that was quick!"};

    @Test
    void acknowledgementLatencyAndDeliveryRate() throws Exception {
        int concurrent = Integer.getInteger("parley.bench.deliveries", 200);
        int rounds = Integer.getInteger("parley.bench.rounds", 5);
        FakeHost chatwoot = ChatwootWebhooks.startedHost();
        ParleyContainer parley = ChatwootWebhooks.container(chatwoot);
        parley.startFresh("WebhookBench");
        ExecutorService pool = Executors.newFixedThreadPool(concurrent + 1);
        AtomicBoolean running = new AtomicBoolean(true);
        try {
            ChatwootWebhooks webhooks = new ChatwootWebhooks(parley);
            webhooks.awaitServed();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(16)).build();
            burst(client, parley, pool, concurrent, 1_000_000, ChatwootWebhooks.PATH, 202);     // warm-up
            webhooks.awaitSettled();
            chatwoot.clear();

            long[] baseline = burst(client, parley, pool, concurrent, 1_500_000, "/webhooks/none", 404).stream()
                    .mapToLong(Long::longValue).sorted().toArray();

            HeapSampler heap = new HeapSampler(parley);
            Future<?> sampler = pool.submit(() -> heap.sampleWhile(running));
            List<Long> latencies = new ArrayList<>();
            Instant started = Instant.now();
            for (int round = 0; round < rounds; round++) {
                latencies.addAll(burst(client, parley, pool, concurrent, 2_000_000 + round * concurrent,
                        ChatwootWebhooks.PATH, 202));
            }
            int total = rounds * concurrent;
            Await.until("every reply delivered", Duration.ofMinutes(10),
                    () -> chatwoot.requests("POST", ChatwootWebhooks.MESSAGES).size() >= total);
            Duration endToEnd = Duration.between(started, Instant.now());

            chatwoot.clear();
            chatwoot.down();
            burst(client, parley, pool, concurrent, 3_000_000, ChatwootWebhooks.PATH, 202);
            // Answered by the assistant: the replies (and any handoff's calls) wait in the outbox.
            Await.until("the replies wait in the outbox", Duration.ofMinutes(5),
                    () -> webhooks.queues().getAsJsonObject("inbox").get("pending").getAsInt() == 0);
            chatwoot.up();
            Await.until("the held replies delivered", Duration.ofMinutes(5),
                    () -> chatwoot.requests("POST", ChatwootWebhooks.MESSAGES).size() >= concurrent);
            List<FakeHost.Request> held = chatwoot.requests("POST", ChatwootWebhooks.MESSAGES);
            Duration outboxSpan = Duration.between(held.get(0).receivedAt(), held.get(held.size() - 1).receivedAt());
            running.set(false);
            sampler.get();

            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.println();
            System.out.println("== Parley webhook benchmark: POST /webhooks/chatwoot ==");
            System.out.printf("%d rounds of %d concurrent deliveries: acknowledged in p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    rounds, concurrent, Percentiles.millis(sorted, 0.50), Percentiles.millis(sorted, 0.99),
                    sorted[sorted.length - 1] / 1000.0);
            System.out.printf("baseline, %d concurrent requests to an unknown webhook (404, no database): p50 %.1f ms, "
                    + "p99 %.1f ms%n", concurrent, Percentiles.millis(baseline, 0.50), Percentiles.millis(baseline, 0.99));
            System.out.printf("end to end (acknowledged, answered by the assistant, delivered): %d replies in %.1f s, "
                    + "%.0f replies/s%n", total, endToEnd.toMillis() / 1000.0, total * 1000.0 / endToEnd.toMillis());
            System.out.printf("outbox alone: %d held replies delivered in %.2f s, %.0f deliveries/s%n", held.size(),
                    outboxSpan.toMillis() / 1000.0, (held.size() - 1) * 1000.0 / Math.max(1, outboxSpan.toMillis()));
            System.out.println("peak heap (health check samples): " + heap.peakMessage());
            System.out.println("peak resident memory of the JVM: " + HeapSampler.peakResidentMemory(parley));
            System.out.println();
            assertThat(sorted).hasSize(total);
        } finally {
            running.set(false);
            pool.shutdownNow();
            parley.stop();
            chatwoot.close();
        }
    }

    /** {@code count} deliveries released at once; their acknowledgement latencies in microseconds. */
    private static List<Long> burst(HttpClient client, ParleyContainer parley, ExecutorService pool, int count,
            long firstId, String path, int expected) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> deliveries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            byte[] body = customerMessage(id, id, TEXTS[i % TEXTS.length]).getBytes(UTF_8);
            deliveries.add(pool.submit(() -> {
                start.await();
                String timestamp = Long.toString(Instant.now().getEpochSecond());
                HttpRequest request = HttpRequest.newBuilder(parley.uri(path))
                        .header("Content-Type", "application/json").header("X-Chatwoot-Timestamp", timestamp)
                        .header("X-Chatwoot-Signature", "sha256=" + ChatwootWebhooks.sign(timestamp, body))
                        .header("X-Chatwoot-Delivery", UUID.randomUUID().toString())
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                long begun = System.nanoTime();
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                long micros = (System.nanoTime() - begun) / 1000;
                if (response.statusCode() != expected) {
                    throw new IllegalStateException("delivery answered " + response.statusCode());
                }
                return micros;
            }));
        }
        start.countDown();
        List<Long> latencies = new ArrayList<>();
        for (Future<Long> delivery : deliveries) {
            latencies.add(delivery.get());
        }
        return latencies;
    }
}
