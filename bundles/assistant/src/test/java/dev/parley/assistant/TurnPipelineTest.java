package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.api.ParleyException;
import dev.parley.api.conversation.InvalidMessageException;
import dev.parley.api.conversation.Reply;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.store.Author;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.StoreUnavailableException;
import dev.parley.api.store.StoredMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Validation, idempotency on the message id, conversation resolution and retries on change. */
class TurnPipelineTest {

    private final AssistantHarness harness = new AssistantHarness();
    private ScriptedSkill orderStatus;

    @BeforeEach
    void orderStatusSkill() {
        harness.nlp.intent("where is my order", "order_status", 0.92);
        orderStatus = harness.skill("order-status",
                c -> SkillResult.answer("Order " + c.slots().get("orderNumber") + " is on its way.", "Thanks"),
                "order_status");
    }

    @Test
    void storesTheMessageAndItsReplyBeforeReturning() {
        Reply reply = harness.send("Where is my order 100234?");

        assertThat(reply.text()).isEqualTo("Order 100234 is on its way.");
        assertThat(reply.skill()).isEqualTo("order-status");
        assertThat(reply.understanding().intent().intent()).isEqualTo("order_status");
        assertThat(harness.store.transcript(reply.conversationId())).extracting(StoredMessage::author)
                .containsExactly(Author.CUSTOMER, Author.ASSISTANT);
        StoredMessage stored = harness.store.transcript(reply.conversationId()).get(1);
        assertThat(stored.decision().intent()).isEqualTo("order_status");
        assertThat(stored.decision().skill()).isEqualTo("order-status");
        assertThat(stored.decision().outcome()).isEqualTo("ANSWERED");
        assertThat(stored.decision().intentModel()).isEqualTo("commerce-en 1.0.0");
        assertThat(stored.decision().sentimentLabel()).isEqualTo("neutral");
    }

    @Test
    void aRetriedMessageGetsTheStoredReplyWithoutBeingHandledAgain() {
        Reply first = harness.send("m-7", "Where is my order 100234?");
        Reply retry = harness.send("m-7", "Where is my order 100234?");

        assertThat(orderStatus.calls).hasSize(1);
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.quickReplies()).isEqualTo(first.quickReplies());
        assertThat(retry.conversationId()).isEqualTo(first.conversationId());
        assertThat(retry.skill()).isEqualTo("order-status");
        assertThat(retry.understanding().intent().intent()).isEqualTo("order_status");
        assertThat(harness.store.turnCount()).isEqualTo(1);
    }

    @Test
    void theSameMessageIdWithAnotherTextIsRefused() {
        harness.send("m-7", "Where is my order 100234?");

        assertThatThrownBy(() -> harness.send("m-7", "Where is my order 100235?"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("m-7").hasMessageContaining("different text")
                .hasMessageNotContaining("100235");
    }

    @Test
    void aMessageSavedMeanwhileByAnotherNodeReturnsThatNodesReply() {
        harness.store.concurrentDuplicateText = "Where is my order 100234?";

        Reply reply = harness.send("m-9", "Where is my order 100234?");

        assertThat(reply.text()).isEqualTo("their reply");
        assertThat(harness.store.turnCount()).isEqualTo(1);
    }

    @Test
    void aConversationChangedMeanwhileIsReadAgainAndTheTurnRedone() {
        harness.send("Where is my order 100234?");
        harness.store.concurrentChanges = 2;

        Reply reply = harness.send("Where is my order 100235?");

        assertThat(reply.text()).isEqualTo("Order 100235 is on its way.");
        assertThat(orderStatus.calls).hasSize(4);
        assertThat(harness.store.transcript(reply.conversationId())).hasSize(4);
    }

    @Test
    void aConversationThatKeepsChangingFailsWithoutStoringAnything() {
        harness.configure("staleRetries", 1);
        harness.store.concurrentChanges = 5;

        assertThatThrownBy(() -> harness.send("Where is my order 100234?"))
                .isInstanceOf(ParleyException.class).hasMessageContaining("kept changing");
        assertThat(harness.store.turnCount()).isZero();
    }

    @Test
    void anUnavailableStorePropagatesSoThatTheHostRetries() {
        harness.store.unavailable = true;

        assertThatThrownBy(() -> harness.send("Where is my order 100234?"))
                .isInstanceOf(StoreUnavailableException.class);
        harness.store.unavailable = false;
        assertThat(harness.store.turnCount()).isZero();
        assertThat(orderStatus.calls).isEmpty();
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedAndNotStored() {
        harness.configure("maxTextLength", 100);

        assertThatThrownBy(() -> harness.send("x".repeat(101)))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("101 chars").hasMessageContaining("maximum is 100")
                .hasMessageContaining("maxTextLength");
        assertThat(harness.store.turnCount()).isZero();
        assertThat(harness.send("x".repeat(100)).text()).isNotEmpty();
    }

    @Test
    void theDefaultLimitIsEightKilobytes() {
        assertThatThrownBy(() -> harness.send("a".repeat(8193))).isInstanceOf(InvalidMessageException.class);
        assertThat(harness.send("a".repeat(8192)).text()).isNotEmpty();
    }

    @Test
    void theHostsConversationIdFindsTheSameConversation() {
        Reply first = harness.send("Where is my order 100234?");
        Reply second = harness.send("Where is my order 100235?");

        assertThat(second.conversationId()).isEqualTo(first.conversationId());
        assertThat(harness.store.conversation(first.conversationId()).externalId()).isEqualTo("host-conv-1");
    }

    @Test
    void parleysOwnConversationIdIsFoundFirst() {
        harness.conversationId = null;
        Reply first = harness.send("Where is my order 100234?");
        harness.conversationId = first.conversationId();

        Reply second = harness.send("Where is my order 100235?");

        assertThat(second.conversationId()).isEqualTo(first.conversationId());
        Conversation conversation = harness.store.conversation(first.conversationId());
        assertThat(conversation.externalId()).isNull();
        assertThat(harness.store.transcript(first.conversationId())).hasSize(4);
    }

    @Test
    void withoutAConversationIdEveryMessageStartsANewConversation() {
        harness.conversationId = null;

        Reply first = harness.send("Where is my order 100234?");
        Reply second = harness.send("Where is my order 100234?");

        assertThat(second.conversationId()).isNotEqualTo(first.conversationId());
    }

    @Test
    void relativeDatesAreResolvedInTheBusinessTimeZone() {
        harness.send("Where is my order 100234?");

        assertThat(harness.nlp.lastContext.reference().getZone()).isEqualTo(AssistantHarness.BERLIN);
        assertThat(harness.nlp.lastContext.locale().getLanguage()).isEqualTo("en");
    }
}
