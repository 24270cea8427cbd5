package dev.parley.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.parley.api.store.Author;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.Decision;
import dev.parley.api.store.DuplicateMessageException;
import dev.parley.api.store.InteractionSummary;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StaleConversationException;
import dev.parley.api.store.StoredMessage;
import dev.parley.api.store.Turn;
import dev.parley.store.testing.TestDatabase;
import dev.parley.store.testing.TestDatabase.Backend;

/** The store against a real H2 file database and a real PostgreSQL schema. */
@ParameterizedClass
@EnumSource(Backend.class)
class JdbcConversationStoreTest {

    private final Backend backend;
    @TempDir
    Path folder;
    private TestDatabase database;
    private ConnectionPool pool;
    private JdbcConversationStore store;

    JdbcConversationStoreTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void openStore() {
        database = TestDatabase.create(backend, folder);
        pool = database.open();
        pool.migrate(StoreConnector.MODULE, StoreConnector.class.getClassLoader(), StoreConnector.SCRIPTS);
        store = new JdbcConversationStore(pool.dataSource());
    }

    @AfterEach
    void closeStore() throws Exception {
        pool.close();
        database.close();
    }

    @Test
    void opensAConversationOncePerExternalIdAndChannel() {
        Conversation first = store.open("chatwoot", "cw-17", "C-1001", Locale.GERMANY);
        Conversation again = store.open("chatwoot", "cw-17", null, null);
        Conversation otherChannel = store.open("zendesk", "cw-17", "C-1001", null);

        assertThat(again).isEqualTo(first);
        assertThat(otherChannel.id()).isNotEqualTo(first.id());
        assertThat(first.state()).isEqualTo(ConversationState.initial());
        assertThat(first.locale()).isEqualTo(Locale.GERMANY);
        assertThat(store.findByExternalId("chatwoot", "cw-17")).contains(first);
        assertThat(store.find(first.id())).contains(first);
    }

    @Test
    void conversationsWithoutExternalIdGetUnguessableFreshIds() {
        Conversation a = store.open("web", null, null, null);
        Conversation b = store.open("web", null, null, null);

        assertThat(a.id()).isNotEqualTo(b.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(store.find("no-such-id")).isEmpty();
    }

    @Test
    void savesATurnWithStateTranscriptAndDecision() {
        Conversation opened = store.open("web", null, "C-1001", Locale.ENGLISH);
        ConversationState after = new ConversationState(Owner.ASSISTANT, Map.of("orderNumber", "100234"),
                "order-status", "C-1001", 1);

        Conversation saved = store.saveTurn(opened, turn(opened, "m-1", "Where is order 100234?", after));

        assertThat(saved.version()).isEqualTo(opened.version() + 1);
        assertThat(saved.state()).isEqualTo(after);
        assertThat(store.find(opened.id())).contains(saved);
        List<StoredMessage> transcript = store.transcript(opened.id());
        assertThat(transcript).extracting(StoredMessage::sequence).containsExactly(1L, 2L);
        assertThat(transcript).extracting(StoredMessage::author).containsExactly(Author.CUSTOMER, Author.ASSISTANT);
        assertThat(transcript.get(0).text()).isEqualTo("Where is order 100234?");
        assertThat(transcript.get(0).decision()).isNull();
        assertThat(transcript.get(1).quickReplies()).containsExactly("Yes", "No");
        assertThat(transcript.get(1).decision()).isEqualTo(decision("track_order", "orders", null));
    }

    @Test
    void transcriptKeepsTheOrderOfManyTurnsAndAgentMessages() {
        Conversation conversation = store.open("web", null, null, null);
        for (int i = 1; i <= 4; i++) {
            conversation = store.saveTurn(conversation, turn(conversation, "m-" + i, "question " + i,
                    ConversationState.initial()));
        }
        Conversation taken = store.appendMessage(conversation.id(), message(conversation, Author.AGENT, "agent-1",
                "an agent speaks", null), Owner.HUMAN);

        assertThat(taken.state().owner()).isEqualTo(Owner.HUMAN);
        assertThat(taken.version()).isEqualTo(conversation.version() + 1);
        List<StoredMessage> transcript = store.transcript(conversation.id());
        assertThat(transcript).extracting(StoredMessage::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(transcript).extracting(StoredMessage::text).containsSubsequence("question 1", "question 2",
                "question 3", "question 4", "an agent speaks");
        assertThat(store.transcript("unknown")).isEmpty();
    }

    @Test
    void twoConcurrentSavesOfTheSameVersionLeaveOneStale() throws Exception {
        Conversation read = store.open("web", null, null, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Conversation>> results = new ArrayList<>();
        for (String id : List.of("a", "b")) {
            Callable<Conversation> save = () -> {
                start.await();
                return store.saveTurn(read, turn(read, id, "text " + id, ConversationState.initial()));
            };
            results.add(threads.submit(save));
        }
        start.countDown();
        int saved = 0;
        int stale = 0;
        for (Future<Conversation> result : results) {
            try {
                result.get();
                saved++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(StaleConversationException.class);
                stale++;
            }
        }
        threads.shutdown();

        assertThat(saved).isEqualTo(1);
        assertThat(stale).isEqualTo(1);
        assertThat(store.transcript(read.id())).hasSize(2);
        assertThat(store.find(read.id()).orElseThrow().version()).isEqualTo(read.version() + 1);
    }

    @Test
    void aRepeatedMessageIdIsRejectedAndNothingIsSaved() {
        Conversation first = store.open("web", null, null, null);
        Conversation saved = store.saveTurn(first, turn(first, "m-1", "hello", ConversationState.initial()));
        Conversation other = store.open("web", null, null, null);

        assertThatThrownBy(() -> store.saveTurn(other, turn(other, "m-1", "hello again", ConversationState.initial())))
                .isInstanceOf(DuplicateMessageException.class).hasMessageContaining("m-1");
        assertThatThrownBy(() -> store.saveTurn(saved, turn(saved, "m-1", "hello again", ConversationState.initial())))
                .isInstanceOf(DuplicateMessageException.class);
        assertThat(store.transcript(other.id())).isEmpty();
        assertThat(store.find(other.id()).orElseThrow().version()).isEqualTo(other.version());
        assertThat(store.transcript(first.id())).hasSize(2);

        Conversation elsewhere = store.open("sms", null, null, null);
        store.saveTurn(elsewhere, turn(elsewhere, "m-1", "same id, other channel", ConversationState.initial()));
        assertThat(store.transcript(elsewhere.id())).hasSize(2);
    }

    @Test
    void findsAHandledTurnForAHostRetry() {
        Conversation conversation = store.open("web", null, null, null);
        store.saveTurn(conversation, turn(conversation, "m-9", "cancel my order", ConversationState.initial()));

        Turn found = store.findTurn("web", "m-9").orElseThrow();

        assertThat(found.customerMessage().text()).isEqualTo("cancel my order");
        assertThat(found.reply().messageId()).isEqualTo("m-9-reply");
        assertThat(found.reply().decision().intent()).isEqualTo("track_order");
        assertThat(store.findTurn("web", "m-9-reply")).isEmpty();
        assertThat(store.findTurn("sms", "m-9")).isEmpty();
    }

    @Test
    void changesTheOwnerOrSaysThereIsNoSuchConversation() {
        Conversation conversation = store.open("web", null, null, null);

        Conversation resolved = store.changeOwner(conversation.id(), Owner.RESOLVED).orElseThrow();

        assertThat(resolved.state().owner()).isEqualTo(Owner.RESOLVED);
        assertThat(resolved.version()).isEqualTo(conversation.version() + 1);
        assertThat(store.changeOwner("unknown", Owner.HUMAN)).isEmpty();
    }

    @Test
    void historyIsNewestFirstWithTheLastInScopeIntentHandoffAndTicket() throws Exception {
        Conversation older = store.open("web", null, "C-7", null);
        older = store.saveTurn(older, turnWith(older, "h-1", decision("refund_status", null, null)));
        store.saveTurn(older, turnWith(older, "h-2", decision("oos", "billing", "T-000001")));
        Thread.sleep(5);
        Conversation newer = store.open("web", null, "C-7", null);
        store.saveTurn(newer, turnWith(newer, "h-3", decision("track_order", null, null)));
        store.open("web", null, "C-8", null);

        List<InteractionSummary> history = store.historyOf("C-7", Instant.now().plusSeconds(1), 10);

        assertThat(history).extracting(InteractionSummary::conversationId).containsExactly(newer.id(), older.id());
        assertThat(history.get(1).lastIntent()).isEqualTo("refund_status");
        assertThat(history.get(1).handoffQueue()).isEqualTo("billing");
        assertThat(history.get(1).ticketId()).isEqualTo("T-000001");
        assertThat(history.get(0).lastIntent()).isEqualTo("track_order");
        assertThat(store.historyOf("C-7", Instant.now().plusSeconds(1), 1)).hasSize(1);
        assertThat(store.historyOf("C-7", newer.createdAt(), 10)).extracting(InteractionSummary::conversationId)
                .containsExactly(older.id());
    }

    @Test
    void erasesEverythingOfACustomerAndNothingElse() {
        Conversation own = store.open("web", null, "C-1", null);
        store.saveTurn(own, turn(own, "e-1", "my address is ...", ConversationState.initial()));
        Conversation anonymous = store.open("web", null, null, null);
        store.saveTurn(anonymous, turn(anonymous, "e-2", "I am C-1",
                new ConversationState(Owner.ASSISTANT, Map.of(), null, "C-1", 0)));
        Conversation someoneElse = store.open("web", null, "C-2", null);
        store.saveTurn(someoneElse, turn(someoneElse, "e-3", "hi", ConversationState.initial()));

        assertThat(store.eraseCustomer("C-1")).isEqualTo(2);

        assertThat(store.find(own.id())).isEmpty();
        assertThat(store.find(anonymous.id())).isEmpty();
        assertThat(store.transcript(own.id())).isEmpty();
        assertThat(store.findTurn("web", "e-1")).isEmpty();
        assertThat(store.historyOf("C-1", Instant.now().plusSeconds(1), 10)).isEmpty();
        assertThat(store.transcript(someoneElse.id())).hasSize(2);
    }

    @Test
    void aReopenedPoolContinuesTheConversation() {
        Conversation opened = store.open("web", "ext-1", "C-1001", Locale.FRENCH);
        ConversationState after = new ConversationState(Owner.HUMAN, Map.of("email", "ada@example.com"), null, "C-1001", 2);
        Conversation saved = store.saveTurn(opened, turn(opened, "r-1", "bonjour", after));
        pool.close();

        pool = database.open();
        assertThat(pool.migrate(StoreConnector.MODULE, StoreConnector.class.getClassLoader(), StoreConnector.SCRIPTS))
                .isEqualTo(2);
        store = new JdbcConversationStore(pool.dataSource());

        assertThat(store.findByExternalId("web", "ext-1")).contains(saved);
        assertThat(store.transcript(opened.id())).extracting(StoredMessage::text).containsExactly("bonjour", "reply to bonjour");
        Conversation next = store.saveTurn(saved, turn(saved, "r-2", "encore", after));
        assertThat(next.version()).isEqualTo(saved.version() + 1);
        assertThat(store.transcript(opened.id())).extracting(StoredMessage::sequence).containsExactly(1L, 2L, 3L, 4L);
    }

    // ---- test data ----

    private static Turn turn(Conversation c, String messageId, String text, ConversationState after) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new Turn(message(c, Author.CUSTOMER, messageId, text, null),
                new StoredMessage(c.id(), 0, Author.ASSISTANT, messageId + "-reply", "reply to " + text, at,
                        List.of("Yes", "No"), decision("track_order", "orders", null)), after);
    }

    private static Turn turnWith(Conversation c, String messageId, Decision decision) {
        return new Turn(message(c, Author.CUSTOMER, messageId, "text", null),
                message(c, Author.ASSISTANT, messageId + "-reply", "answer", decision), c.state());
    }

    private static StoredMessage message(Conversation c, Author author, String id, String text, Decision decision) {
        return new StoredMessage(c.id(), 0, author, id, text, Instant.now().truncatedTo(ChronoUnit.MILLIS), List.of(),
                decision);
    }

    private static Decision decision(String intent, String queue, String ticket) {
        return new Decision(intent, 0.93, "commerce-en 1.0.0", -0.4, "negative", "anger", "order-status", "ANSWERED",
                queue, queue == null ? null : "NEGATIVE_SENTIMENT", ticket, 42);
    }
}
