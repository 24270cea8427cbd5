package dev.parley.it;

import static dev.parley.it.ZendeskWebhooks.customer;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.FakeHost;
import dev.parley.it.harness.ParleyContainer;

/**
 * Zendesk webhooks under load in the shipped container with its real assistant: bursts of N
 * concurrent signed comment deliveries, each on a ticket of its own; prints the acknowledgement
 * latency (p50/p99/max) and the end-to-end rate until every reply reached the fake Zendesk.
 * Asserts only that every delivery was acknowledged and answered. Run with
 * {@code mvn -B verify -Pbench -pl runtime,integration-tests -am -Dit.test=ZendeskWebhookBench};
 * system properties {@code parley.bench.deliveries} (200 at once) and {@code parley.bench.rounds} (3).
 */
class ZendeskWebhookBench {

    @Test
    void acknowledgementLatencyAndReplyRate() throws Exception {
        int concurrent = Integer.getInteger("parley.bench.deliveries", 200);
        int rounds = Integer.getInteger("parley.bench.rounds", 3);
        FakeHost zendesk = HelpdeskWebhooks.startedHost();
        ParleyContainer parley = new ParleyContainer()
                .withConfiguration("dev.parley.adapter.zendesk.cfg", ZendeskWebhooks.configuration(zendesk))
                .withConfiguration("dev.parley.webhook.cfg", HelpdeskWebhooks.fastRetries());
        parley.startFresh("ZendeskWebhookBench");
        ExecutorService pool = Executors.newFixedThreadPool(concurrent);
        try {
            HelpdeskWebhooks webhooks = ZendeskWebhooks.webhooks(parley);
            webhooks.awaitServed();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(16)).build();
            burst(client, parley, pool, concurrent, 1_000_000);
            webhooks.awaitSettled();
            zendesk.clear();

            List<Long> latencies = new ArrayList<>();
            Instant started = Instant.now();
            for (int round = 0; round < rounds; round++) {
                latencies.addAll(burst(client, parley, pool, concurrent, 2_000_000 + round * concurrent));
            }
            int total = rounds * concurrent;
            Await.until("every reply delivered", Duration.ofMinutes(10),
                    () -> zendesk.requests("PUT", "/api/v2/tickets/\\d+\\.json").size() >= total);
            Duration endToEnd = Duration.between(started, Instant.now());

            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%n== Zendesk webhook benchmark: POST /webhooks/zendesk ==%n");
            System.out.printf("%d rounds of %d concurrent signed deliveries: acknowledged in p50 %.1f ms, p99 %.1f ms,"
                    + " max %.1f ms%n", rounds, concurrent, sorted[sorted.length / 2] / 1000.0,
                    sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1000.0, sorted[sorted.length - 1] / 1000.0);
            System.out.printf("end to end (acknowledged, answered by the assistant, delivered to Zendesk): %d replies"
                    + " in %.1f s, %.0f replies/s%n%n", total, endToEnd.toMillis() / 1000.0,
                    total * 1000.0 / endToEnd.toMillis());
            assertThat(sorted).hasSize(total);
        } finally {
            pool.shutdownNow();
            parley.stop();
            zendesk.close();
        }
    }

    /** {@code count} deliveries released at once; their acknowledgement latencies in microseconds. */
    private static List<Long> burst(HttpClient client, ParleyContainer parley, ExecutorService pool, int count,
            long firstTicket) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> deliveries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long ticket = firstTicket + i;
            byte[] body = customer(ticket, ticket, "What are your opening hours?").getBytes(UTF_8);
            deliveries.add(pool.submit(() -> {
                start.await();
                List<String> headers = ZendeskWebhooks.signed(body, Instant.now());
                HttpRequest request = HttpRequest.newBuilder(parley.uri("/webhooks/zendesk"))
                        .header("Content-Type", "application/json").header(headers.get(0), headers.get(1))
                        .header(headers.get(2), headers.get(3)).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                long begun = System.nanoTime();
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                long micros = (System.nanoTime() - begun) / 1000;
                if (response.statusCode() != 202) {
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
