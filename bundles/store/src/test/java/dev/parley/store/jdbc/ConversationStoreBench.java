package dev.parley.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.parley.api.store.Author;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.Decision;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StoredMessage;
import dev.parley.api.store.Turn;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/**
 * Throughput and latency of the store as the assistant uses it for one message: find the
 * conversation, check the message id is new, save the turn. Prints figures, asserts nothing;
 * run it on purpose: {@code mvn -B verify -pl bundles/store -am -Dtest=ConversationStoreBench
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ConversationStoreBench {

    private static final int THREADS = 8;
    private static final int CONVERSATIONS_PER_THREAD = 25;
    private static final int TURNS_PER_CONVERSATION = 8;

    @Test
    void messagesPerSecondAndLatency() throws Exception {
        Path folder = Files.createTempDirectory("store-bench");
        for (Backend backend : Backend.values()) {
            try (TestDatabase database = TestDatabase.create(backend, folder); ConnectionPool pool = database.open()) {
                pool.migrate(StoreConnector.MODULE, StoreConnector.class.getClassLoader(), StoreConnector.SCRIPTS);
                JdbcConversationStore store = new JdbcConversationStore(pool.dataSource());
                run(store, backend + " warm-up", 0);
                run(store, backend.name(), 1);
            }
        }
    }

    private static void run(JdbcConversationStore store, String label, int round) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            String prefix = round + "-" + t + "-";
            results.add(threads.submit(() -> oneClient(store, prefix)));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<long[]> result : results) {
            Arrays.stream(result.get()).forEach(latencies::add);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        threads.shutdown();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "store bench %-16s %d messages, %d threads: %.0f messages/s, p50 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms%n", label, sorted.length, THREADS, sorted.length / seconds,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long[] oneClient(JdbcConversationStore store, String prefix) {
        long[] latencies = new long[CONVERSATIONS_PER_THREAD * TURNS_PER_CONVERSATION];
        int n = 0;
        for (int c = 0; c < CONVERSATIONS_PER_THREAD; c++) {
            String external = prefix + c;
            for (int turn = 0; turn < TURNS_PER_CONVERSATION; turn++) {
                long start = System.nanoTime();
                Conversation conversation = store.open("bench", external, "C-" + c, null);
                String messageId = external + "-" + turn;
                if (store.findTurn("bench", messageId).isEmpty()) {
                    Instant now = Instant.now();
                    store.saveTurn(conversation, new Turn(
                            new StoredMessage(conversation.id(), 0, Author.CUSTOMER, messageId,
                                    "Where is my order 100234? It should have arrived by now.", now, List.of(), null),
                            new StoredMessage(conversation.id(), 0, Author.ASSISTANT, messageId + "-r",
                                    "Your order 100234 is on its way with DHL.", now, List.of("Track it", "Talk to a person"),
                                    new Decision("track_order", 0.92, "commerce-en 1.0.0", -0.2, "neutral", null,
                                            "order-status", "ANSWERED", null, null, null, 12)),
                            new ConversationState(Owner.ASSISTANT, Map.of("orderNumber", "100234"), null, null, 0)));
                }
                latencies[n++] = System.nanoTime() - start;
            }
        }
        return latencies;
    }
}
