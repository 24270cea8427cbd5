package dev.parley.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/** The inbox and outbox tables on real H2 and PostgreSQL: idempotent adds, leases, order, retries, dead letters. */
@ParameterizedClass
@EnumSource(Backend.class)
class DurableQueueTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Set<String> CHAT = Set.of("chat");

    private final Backend backend;
    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionPool pool;
    private MutableClock clock;
    private DurableQueue queue;

    DurableQueueTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void migrate() {
        database = TestDatabase.create(backend, folder);
        pool = database.open();
        assertThat(pool.migrate(WebhookQueues.MODULE, WebhookQueues.class.getClassLoader(), WebhookQueues.SCRIPTS))
                .isEqualTo(1);
        clock = new MutableClock(T0);
        queue = new DurableQueue(pool.dataSource(), "webhook_outbox", clock);
    }

    @AfterEach
    void close() throws Exception {
        pool.close();
        database.close();
    }

    @Test
    void aKeyIsAddedOncePerTopic() {
        assertThat(queue.add("chat", "m1:reply", "reply", "c1", "{}")).isTrue();
        assertThat(queue.add("chat", "m1:reply", "reply", "c1", "{\"other\": 1}")).isFalse();
        assertThat(queue.add("mail", "m1:reply", "reply", "c1", "{}")).isTrue();

        assertThat(queue.counts()).isEqualTo(new DurableQueue.Counts(2, 0, 0));
    }

    @Test
    void aClaimedRowIsNotClaimedAgainUntilItsLeaseExpires() {
        queue.add("chat", "k1", "reply", null, "{\"text\": \"Grüße\"}");

        List<DurableQueue.Entry> first = queue.claim(CHAT, 10, "node-a", LEASE);
        List<DurableQueue.Entry> second = queue.claim(CHAT, 10, "node-b", LEASE);
        clock.advance(LEASE.plusSeconds(1));
        List<DurableQueue.Entry> afterExpiry = queue.claim(CHAT, 10, "node-b", LEASE);

        assertThat(first).singleElement().satisfies(entry -> {
            assertThat(entry.content()).isEqualTo("{\"text\": \"Grüße\"}");
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.createdAt()).isEqualTo(T0);
        });
        assertThat(second).isEmpty();
        assertThat(afterExpiry).singleElement().extracting(DurableQueue.Entry::attempts).isEqualTo(2);
        assertThat(queue.complete(first.get(0).id(), "node-a")).as("the lease was lost").isFalse();
    }

    @Test
    void onlyTheTopicsAskedForAreClaimed() {
        queue.add("chat", "k1", "reply", null, "{}");
        queue.add("mail", "k2", "reply", null, "{}");

        assertThat(queue.claim(Set.of("mail"), 10, "node", LEASE)).extracting(DurableQueue.Entry::key)
                .containsExactly("k2");
        assertThat(queue.claim(Set.of(), 10, "node", LEASE)).isEmpty();
    }

    @Test
    void rowsOfOneOrderingKeyAreClaimedOneAtATimeInOrder() {
        queue.add("chat", "a1", "reply", "conv-a", "{}");
        queue.add("chat", "a2", "open", "conv-a", "{}");
        queue.add("chat", "b1", "reply", "conv-b", "{}");

        List<DurableQueue.Entry> first = queue.claim(CHAT, 10, "node", LEASE);
        assertThat(first).extracting(DurableQueue.Entry::key).containsExactly("a1", "b1");

        queue.retry(first.get(0).id(), "node", T0.plusSeconds(30), "HTTP 503");
        assertThat(queue.claim(CHAT, 10, "node", LEASE)).as("a2 waits behind a1's retry").isEmpty();

        clock.advance(Duration.ofSeconds(30));
        List<DurableQueue.Entry> retried = queue.claim(CHAT, 10, "node", LEASE);
        assertThat(retried).extracting(DurableQueue.Entry::key).containsExactly("a1");
        queue.complete(retried.get(0).id(), "node");
        assertThat(queue.claim(CHAT, 10, "node", LEASE)).extracting(DurableQueue.Entry::key).containsExactly("a2");
    }

    @Test
    void aRetryIsNotDueBeforeItsTime() {
        queue.add("chat", "k1", "reply", null, "{}");
        long id = queue.claim(CHAT, 1, "node", LEASE).get(0).id();

        assertThat(queue.retry(id, "node", T0.plusSeconds(10), "HTTP 429")).isTrue();
        assertThat(queue.claim(CHAT, 1, "node", LEASE)).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(queue.claim(CHAT, 1, "node", LEASE)).hasSize(1);
    }

    @Test
    void deadLettersAreListedWithoutContentAndReplayedWithFreshAttempts() {
        queue.add("chat", "k1", "reply", null, "{\"text\": \"secret customer text\"}");
        long id = queue.claim(CHAT, 1, "node", LEASE).get(0).id();
        queue.bury(id, "node", "HTTP 404: conversation not found");

        assertThat(queue.claim(CHAT, 1, "node", LEASE)).isEmpty();
        assertThat(queue.counts()).isEqualTo(new DurableQueue.Counts(0, 0, 1));
        assertThat(queue.deadLetters(10)).singleElement().satisfies(letter -> {
            assertThat(letter.key()).isEqualTo("k1");
            assertThat(letter.lastError()).isEqualTo("HTTP 404: conversation not found");
            assertThat(letter.toString()).doesNotContain("secret");
        });

        clock.advance(Duration.ofDays(2));
        assertThat(queue.replay(id)).isTrue();
        assertThat(queue.replay(id)).as("no longer dead").isFalse();
        List<DurableQueue.Entry> replayed = queue.claim(CHAT, 1, "node", LEASE);
        assertThat(replayed).singleElement().satisfies(entry -> {
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.createdAt()).isEqualTo(T0.plus(Duration.ofDays(2)));
        });
    }

    @Test
    void replayAllRevivesEveryDeadLetter() {
        for (String key : List.of("k1", "k2", "k3")) {
            queue.add("chat", key, "reply", null, "{}");
        }
        for (DurableQueue.Entry entry : queue.claim(CHAT, 3, "node", LEASE)) {
            queue.bury(entry.id(), "node", "failed");
        }

        assertThat(queue.replayAll()).isEqualTo(3);
        assertThat(queue.counts()).isEqualTo(new DurableQueue.Counts(3, 0, 0));
    }

    @Test
    void releasedLeasesAreClaimableAtOnceWithoutCountingTheAttempt() {
        queue.add("chat", "k1", "reply", null, "{}");
        queue.claim(CHAT, 1, "stopping-node", LEASE);

        assertThat(queue.release("stopping-node")).isEqualTo(1);
        assertThat(queue.claim(CHAT, 1, "other-node", LEASE)).singleElement()
                .extracting(DurableQueue.Entry::attempts).isEqualTo(1);
    }

    @Test
    void purgeDeletesOnlyRowsDoneBeforeTheCutOff() {
        queue.add("chat", "done-early", "reply", null, "{}");
        queue.add("chat", "dead", "reply", null, "{}");
        List<DurableQueue.Entry> claimed = queue.claim(CHAT, 2, "node", LEASE);
        queue.complete(claimed.get(0).id(), "node");
        queue.bury(claimed.get(1).id(), "node", "failed");
        clock.advance(Duration.ofDays(8));
        queue.add("chat", "done-late", "reply", null, "{}");
        queue.complete(queue.claim(CHAT, 1, "node", LEASE).get(0).id(), "node");

        assertThat(queue.purge(clock.instant().minus(Duration.ofDays(7)))).isEqualTo(1);
        assertThat(queue.counts()).isEqualTo(new DurableQueue.Counts(0, 1, 1));
    }

    @Test
    void concurrentClaimsOfSeveralNodesNeverShareARow() throws Exception {
        int rows = 200;
        for (int i = 0; i < rows; i++) {
            queue.add("chat", "k" + i, "reply", null, "{}");
        }
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Long>>> workers = new ArrayList<>();
            for (int node = 0; node < 4; node++) {
                String owner = "node-" + node;
                workers.add(() -> {
                    List<Long> mine = new ArrayList<>();
                    List<DurableQueue.Entry> batch;
                    while (!(batch = queue.claim(CHAT, 7, owner, LEASE)).isEmpty()) {
                        for (DurableQueue.Entry entry : batch) {
                            mine.add(entry.id());
                            queue.complete(entry.id(), owner);
                        }
                    }
                    return mine;
                });
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : nodes.invokeAll(workers)) {
                all.addAll(result.get());
            }
            assertThat(all).hasSize(rows).doesNotHaveDuplicates();
            assertThat(queue.counts()).isEqualTo(new DurableQueue.Counts(0, rows, 0));
        } finally {
            nodes.shutdownNow();
        }
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
