package dev.parley.adapter.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.parley.adapter.jdbc.LegacySchema.Backend;
import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;

/**
 * Throughput and latency of the legacy CRM adapter on each database: an order status lookup as a
 * skill makes it (customer by id, the order with its lines), and the inbox answering a backlog
 * with an assistant that answers at once, so the figure is the adapter's own cost. Prints figures,
 * asserts nothing; run it on purpose: {@code mvn -B verify -pl bundles/adapter-jdbc -am
 * -Dtest=LegacyCrmBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LegacyCrmBench {

    private static final int THREADS = 4;
    private static final int LOOKUPS_PER_THREAD = 2000;
    private static final int INBOX_MESSAGES = 2000;

    @Test
    void lookupsAndInbox() throws Exception {
        Path folder = Files.createTempDirectory("legacy-bench");
        for (Backend backend : Backend.values()) {
            try (LegacySchema schema = LegacySchema.create(backend, folder)) {
                Map<String, Object> values = schema.configuration();
                LegacySchema.inbox(values, "UPDATE NACHRICHT SET ANTWORT = :reply, BEANTWORTET = :repliedAt WHERE NR = :messageId");
                values.put("inboxBatchSize", 500);
                try (LegacyDatabase database = new LegacyDatabase(schema.factory(), Settings.of(TestConfig.of(values)))) {
                    lookups(database, backend + " warm-up");
                    lookups(database, backend.name());
                    inbox(schema, database, folder, backend.name());
                }
            }
        }
    }

    private static void lookups(LegacyDatabase database, String label) throws Exception {
        LegacyCustomerDirectory customers = new LegacyCustomerDirectory(database);
        LegacyOrderService orders = new LegacyOrderService(database);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            results.add(threads.submit(() -> {
                long[] latencies = new long[LOOKUPS_PER_THREAD];
                for (int i = 0; i < LOOKUPS_PER_THREAD; i++) {
                    long start = System.nanoTime();
                    customers.findById("1001").orElseThrow();
                    orders.findOrder("A-100234").orElseThrow();
                    latencies[i] = System.nanoTime() - start;
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            Arrays.stream(result.get()).forEach(all::add);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        threads.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "legacy bench %-20s %d order status lookups, %d threads, pool %d: %.0f lookups/s, "
                + "p50 %.2f ms, p99 %.2f ms%n", label, sorted.length, THREADS, database.settings().maxPoolSize,
                sorted.length / seconds, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

    private static void inbox(LegacySchema schema, LegacyDatabase database, Path folder, String label) throws Exception {
        StringBuilder insert = new StringBuilder("INSERT INTO NACHRICHT (NR, KDNR, TEXT, ERSTELLT) VALUES ");
        for (int i = 1; i <= INBOX_MESSAGES; i++) {
            insert.append(i == 1 ? "" : ", ").append("(").append(i).append(", 1001, 'Question ").append(i)
                    .append("', '2026-12-01 10:00:00')");
        }
        schema.execute(insert.toString());
        try (TestDatabase storeDatabase = TestDatabase.create(TestDatabase.Backend.H2, folder);
                ConnectionPool store = storeDatabase.open()) {
            store.migrate(InboxState.MODULE, Inbox.class.getClassLoader(), InboxState.SCRIPTS);
            RecordingOutbox outbox = new RecordingOutbox();
            Inbox inbox = new Inbox(database, new InboxState(store.dataSource(), "erp"), new RecordingAssistant(),
                    outbox, java.time.Clock.systemUTC());
            InboxReplyDelivery delivery = new InboxReplyDelivery(database, java.time.Clock.systemUTC());
            long started = System.nanoTime();
            int answered = 0;
            for (int polled = inbox.poll(); polled > 0; polled = inbox.poll()) {
                answered += polled;
                outbox.deliver(delivery); // the outbox's own table is not in this figure: WebhookBench measures it
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "legacy bench %-20s inbox: %d messages answered and written back in %.1f s: "
                    + "%.0f messages/s (store on H2)%n", label, answered, seconds, answered / seconds);
        }
    }
}
