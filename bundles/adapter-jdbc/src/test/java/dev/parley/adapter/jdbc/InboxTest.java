package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.adapter.jdbc.LegacySchema.Backend;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.store.jdbc.ConnectionPool;
import dev.parley.store.testing.TestDatabase;
import dev.parley.webhook.DeliveryResult;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.PermanentFailure;

/**
 * The inbox on a legacy table in H2, PostgreSQL and MariaDB, its state in the store's database
 * (PostgreSQL for the PostgreSQL case, else H2): each new row answered once, across restarts and
 * two nodes; its reply enqueued in the outbox once and written back by the outbox's delivery,
 * never twice.
 */
class InboxTest {

    private static final String REPLY_IN_ROW = "UPDATE NACHRICHT SET ANTWORT = :reply, BEANTWORTET = :repliedAt WHERE NR = :messageId";

    @TempDir
    Path folder;

    private final RecordingAssistant assistant = new RecordingAssistant();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final MutableClock clock = new MutableClock();
    private LegacySchema schema;
    private LegacyDatabase legacy;
    private TestDatabase storeDatabase;
    private ConnectionPool store;

    @AfterEach
    void close() throws Exception {
        if (legacy != null) {
            legacy.close();
        }
        if (store != null) {
            store.close();
        }
        if (storeDatabase != null) {
            storeDatabase.close();
        }
        if (schema != null) {
            schema.close();
        }
    }

    private void open(Backend backend, String replySql) throws Exception {
        open(backend, replySql, Map.of());
    }

    private void open(Backend backend, String replySql, Map<String, Object> changes) throws Exception {
        schema = LegacySchema.create(backend, folder);
        Map<String, Object> values = schema.configuration();
        LegacySchema.inbox(values, replySql);
        values.putAll(changes);
        legacy = new LegacyDatabase(schema.factory(), Settings.of(TestConfig.of(values)));
        storeDatabase = TestDatabase.create(backend == Backend.POSTGRESQL ? TestDatabase.Backend.POSTGRESQL
                : TestDatabase.Backend.H2, folder);
        store = storeDatabase.open();
        store.migrate(InboxState.MODULE, Inbox.class.getClassLoader(), InboxState.SCRIPTS);
    }

    /** A node's inbox, as the adapter builds it at each poll. */
    private Inbox node() {
        return new Inbox(legacy, new InboxState(store.dataSource(), "erp"), assistant, outbox, clock);
    }

    /** The outbox delivers what it holds once, as its worker would. */
    private List<DeliveryResult> deliver() throws Exception {
        return outbox.deliver(new InboxReplyDelivery(legacy, clock));
    }

    private void message(int number, String text) throws Exception {
        message(number, text, "2026-12-01 10:00:00");
    }

    private void message(int number, String text, String created) throws Exception {
        schema.execute("INSERT INTO NACHRICHT (NR, KDNR, TEXT, ERSTELLT) VALUES (" + number + ", 1001, '" + text
                + "', '" + created + "')");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStatusColumnCanStandInForTheWatermark(Backend backend) throws Exception {
        open(backend, REPLY_IN_ROW, Map.of("inboxSql",
                "SELECT NR, KDNR, TEXT, ERSTELLT FROM NACHRICHT WHERE ANTWORT IS NULL ORDER BY NR"));
        message(2, "Where is my order A-100234?");
        message(1, "Hello?");

        assertThat(node().poll()).isEqualTo(2);
        deliver();
        assertThat(node().poll()).isZero();
        message(3, "Thanks!");
        assertThat(node().poll()).isEqualTo(1);
        deliver();

        assertThat(assistant.handled).extracting(IncomingMessage::messageId).containsExactly("erp:1", "erp:2", "erp:3");
        assertThat(schema.queryOne("SELECT COUNT(*) FROM NACHRICHT WHERE ANTWORT IS NULL")).isEqualTo("0");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aTimestampWatermarkFollowsTheCreatedColumn(Backend backend) throws Exception {
        open(backend, REPLY_IN_ROW, Map.of("inboxSql",
                "SELECT NR, KDNR, TEXT, ERSTELLT FROM NACHRICHT WHERE ERSTELLT > :after ORDER BY ERSTELLT",
                "inboxAfterType", "timestamp"));
        message(7, "First", "2026-12-01 10:00:00");
        message(3, "Second", "2026-12-01 10:05:00");

        assertThat(node().poll()).isEqualTo(2);
        assertThat(new InboxState(store.dataSource(), "erp").watermark()).contains("2026-12-01T09:05:00Z"); // Berlin time
        message(1, "Third", "2026-12-01 10:06:00");
        assertThat(node().poll()).isEqualTo(1);

        assertThat(assistant.handled).extracting(IncomingMessage::messageId).containsExactly("erp:7", "erp:3", "erp:1");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void newRowsAreAnsweredOnceAndARestartContinues(Backend backend) throws Exception {
        open(backend, REPLY_IN_ROW);
        message(1, "Where is my order A-100234?");
        message(2, "Can I still cancel A-100235?");

        assertThat(node().poll()).isEqualTo(2);
        assertThat(node().poll()).isZero();
        assertThat(outbox.enqueued.values()).extracting(OutboundMessage::channel, OutboundMessage::idempotencyKey,
                OutboundMessage::kind).containsExactlyInAnyOrder(tuple("jdbc-erp", "1", "reply"), tuple("jdbc-erp", "2", "reply"));
        assertThat(schema.queryOne("SELECT ANTWORT FROM NACHRICHT WHERE NR = 1")).as("written by the outbox").isNull();
        assertThat(deliver()).containsOnly(DeliveryResult.delivered()).hasSize(2);

        assertThat(schema.queryOne("SELECT ANTWORT FROM NACHRICHT WHERE NR = 1")).isEqualTo("Answer to erp:1");
        assertThat(schema.queryOne("SELECT ANTWORT FROM NACHRICHT WHERE NR = 2")).isEqualTo("Answer to erp:2");
        assertThat(schema.queryOne("SELECT BEANTWORTET FROM NACHRICHT WHERE NR = 2")).isNotNull();
        IncomingMessage first = assistant.handled.get(0);
        assertThat(first.channel()).isEqualTo("jdbc");
        assertThat(first.messageId()).isEqualTo("erp:1");
        assertThat(first.conversationId()).isEqualTo("erp:customer:1001");
        assertThat(first.customer().customerId()).isEqualTo("1001");
        assertThat(first.text()).isEqualTo("Where is my order A-100234?");
        assertThat(first.sentAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));

        Inbox restarted = node(); // a new container: all it knows is in the store
        assertThat(restarted.poll()).isZero();
        message(3, "Thanks!");
        assertThat(restarted.poll()).isEqualTo(1);
        assertThat(assistant.handled).extracting(IncomingMessage::messageId).containsExactly("erp:1", "erp:2", "erp:3");
        assertThat(new InboxState(store.dataSource(), "erp").watermark()).contains("3");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFailedReplyWriteIsLeftToTheOutboxsRetriesAndNeverWrittenTwice(Backend backend) throws Exception {
        open(backend, "INSERT INTO ANTWORTEN (NR, TEXT) VALUES (:messageId, :reply)");
        message(1, "Where is my order A-100234?");
        InboxState state = new InboxState(store.dataSource(), "erp");

        assertThat(node().poll()).isEqualTo(1); // answered and enqueued; the reply table is missing
        assertThat(state.backlog()).containsExactly(0, 0);
        List<DeliveryResult> failed = deliver();
        assertThat(failed).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
            assertThat(result.reason()).contains("SQL state").doesNotContain("Answer to", "A-100234");
        });

        schema.execute("CREATE TABLE ANTWORTEN (NR INTEGER NOT NULL PRIMARY KEY, TEXT VARCHAR(4000))");
        assertThat(deliver()).containsExactly(DeliveryResult.delivered());
        assertThat(schema.queryOne("SELECT TEXT FROM ANTWORTEN WHERE NR = 1")).isEqualTo("Answer to erp:1");

        // the outbox repeats a write whose answer a crash lost: the unique key says it is there
        OutboundMessage again = outbox.enqueued.values().iterator().next();
        assertThat(new InboxReplyDelivery(legacy, clock).deliver(again, 2)).isEqualTo(DeliveryResult.delivered());
        assertThat(schema.queryOne("SELECT COUNT(*) FROM ANTWORTEN")).isEqualTo("1");
        assertThat(assistant.handled).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aReplyTheOutboxCannotTakeIsEnqueuedAgainAfterItsBackOffAndOnce(Backend backend) throws Exception {
        open(backend, REPLY_IN_ROW);
        message(1, "Where is my order A-100234?");
        InboxState state = new InboxState(store.dataSource(), "erp");
        outbox.down = true;

        assertThat(node().poll()).isEqualTo(1); // answered; the reply is kept in the inbox's state
        assertThat(state.backlog()).containsExactly(1, 1);
        outbox.down = false;
        node().poll();
        assertThat(outbox.enqueued).as("not before its back-off").isEmpty();

        clock.advance(Duration.ofHours(1));
        node().poll();
        assertThat(state.backlog()).containsExactly(0, 0);
        assertThat(outbox.enqueued.values()).extracting(OutboundMessage::idempotencyKey).containsExactly("1");

        // a crash between enqueueing and its record: enqueued again, which the outbox drops
        try (var connection = store.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE parley_jdbc_inbox SET state = 'PENDING', reply = 'Answer to erp:1', "
                    + "next_attempt_at = 0, claimed_until = 0");
        }
        node().poll();
        assertThat(state.backlog()).containsExactly(0, 0);
        assertThat(deliver()).containsExactly(DeliveryResult.delivered());
        assertThat(schema.queryOne("SELECT ANTWORT FROM NACHRICHT WHERE NR = 1")).isEqualTo("Answer to erp:1");
        assertThat(assistant.handled).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = "H2")
    void aPayloadWithoutItsFieldsIsAPermanentFailure(Backend backend) throws Exception {
        open(backend, REPLY_IN_ROW);
        InboxReplyDelivery delivery = new InboxReplyDelivery(legacy, clock);

        assertThatThrownBy(() -> delivery.deliver(new OutboundMessage("jdbc-erp", "1", "reply", null, "{}"), 1))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("no messageId or reply");
        assertThatThrownBy(() -> delivery.deliver(new OutboundMessage("jdbc-erp", "1", "reply", null, "[1"), 1))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("not a JSON object");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoNodesAnswerEachMessageOnce(Backend backend) throws Exception {
        // a reply table without a key: a second write of a reply would show as a second row
        open(backend, "INSERT INTO ANTWORTEN (NR, TEXT) VALUES (:messageId, :reply)");
        schema.execute("CREATE TABLE ANTWORTEN (NR INTEGER NOT NULL, TEXT VARCHAR(4000))");
        for (int i = 1; i <= 30; i++) {
            message(i, "Question " + i);
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> polls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                polls.add(() -> node().poll());
            }
            for (Future<Integer> poll : nodes.invokeAll(polls)) {
                poll.get();
            }
        } finally {
            nodes.shutdown();
        }
        deliver();

        assertThat(schema.queryOne("SELECT COUNT(*) FROM ANTWORTEN")).isEqualTo("30");
        assertThat(schema.queryOne("SELECT COUNT(DISTINCT NR) FROM ANTWORTEN")).isEqualTo("30");
        assertThat(assistant.handled).hasSize(30);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void messagesWaitWhileTheAssistantCannotAnswer(Backend backend) throws Exception {
        open(backend, REPLY_IN_ROW);
        message(1, "   ");
        message(2, "Where is my order A-100234?");
        assistant.down = true;

        assertThat(node().poll()).isEqualTo(1); // the blank one is refused for good; the other waits
        deliver();
        assertThat(schema.queryOne("SELECT ANTWORT FROM NACHRICHT WHERE NR = 2")).isNull();

        assistant.down = false;
        assertThat(node().poll()).isEqualTo(1);
        deliver();
        assertThat(schema.queryOne("SELECT ANTWORT FROM NACHRICHT WHERE NR = 2")).isEqualTo("Answer to erp:2");
        assertThat(schema.queryOne("SELECT ANTWORT FROM NACHRICHT WHERE NR = 1")).isNull();
        assertThat(assistant.handled).extracting(IncomingMessage::messageId).containsExactly("erp:2");
    }

    /** A clock the test moves, so back-off is tested without waiting. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T12:00:00Z");

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
