package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.conversation.Reply;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.store.Author;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StoredMessage;
import dev.parley.api.store.Turn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** While a person owns a conversation the assistant stores the customer's messages and stays silent. */
class HumanOwnedConversationTest {

    private final AssistantHarness harness = new AssistantHarness();
    private ScriptedSkill orderStatus;

    @BeforeEach
    void setUp() {
        harness.nlp.intent("where is my order", "order_status", 0.92);
        orderStatus = harness.skill("order-status", c -> SkillResult.answer("On its way."), "order_status");
    }

    @Test
    void afterAHandoffTheAssistantNeverTalksOverThePerson() {
        Reply handoff = harness.send("I want to talk to a human");
        assertThat(harness.conversation().state().owner()).isEqualTo(Owner.HUMAN);

        Reply silent = harness.send("m-silent", "Where is my order 100234?");

        assertThat(silent.text()).isEmpty();
        assertThat(silent.quickReplies()).isEmpty();
        assertThat(silent.handoff()).isNotNull();
        assertThat(silent.handoff().ticketId()).isEqualTo(handoff.handoff().ticketId());
        assertThat(orderStatus.calls).isEmpty();
        Turn stored = harness.store.findTurn(AssistantHarness.CHANNEL, "m-silent").orElseThrow();
        assertThat(stored.reply()).isNull();
        assertThat(stored.customerMessage().text()).isEqualTo("Where is my order 100234?");
        assertThat(harness.store.transcript(silent.conversationId())).last()
                .extracting(StoredMessage::author).isEqualTo(Author.CUSTOMER);
    }

    @Test
    void aSilentReplyStillTellsHowTheCustomerFeels() {
        harness.nlp.sentiment("still waiting", -0.4, Emotion.FRUSTRATION, 0.7);
        harness.send("I want to talk to a human");

        Reply silent = harness.send("still waiting for your agent to answer");

        assertThat(silent.text()).isEmpty();
        assertThat(silent.understanding().sentiment().emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void aRetriedSilentMessageIsSilentAgain() {
        harness.send("I want to talk to a human");
        harness.send("m-silent", "Where is my order 100234?");

        Reply retry = harness.send("m-silent", "Where is my order 100234?");

        assertThat(retry.text()).isEmpty();
        assertThat(retry.handoff()).isNotNull();
        assertThat(harness.store.transcript(retry.conversationId())).filteredOn(m -> m.author() == Author.CUSTOMER)
                .hasSize(2);
    }

    @Test
    void aConversationAnAgentTookOverIsSilentToo() {
        Reply first = harness.send("Where is my order 100234?");
        harness.store.changeOwner(first.conversationId(), Owner.HUMAN);

        Reply silent = harness.send("Where is my order 100234?");

        assertThat(silent.text()).isEmpty();
        assertThat(silent.handoff()).isNotNull();
        assertThat(orderStatus.calls).hasSize(1);
    }

    @Test
    void aResolvedConversationIsReopenedForTheAssistant() {
        Reply first = harness.send("talk to a human please");
        harness.store.changeOwner(first.conversationId(), Owner.RESOLVED);

        Reply reply = harness.send("Where is my order 100234?");

        assertThat(reply.text()).isEqualTo("On its way.");
        assertThat(harness.conversation().state().owner()).isEqualTo(Owner.ASSISTANT);
        assertThat(harness.conversation().state().slots()).noneSatisfy((k, v) ->
                assertThat(k).startsWith(HandoffMarkers.PREFIX));
    }

    @Test
    void aConversationHandedBackToTheAssistantAnswersAgain() {
        Reply first = harness.send("talk to a human please");
        harness.store.changeOwner(first.conversationId(), Owner.ASSISTANT);

        Reply reply = harness.send("Where is my order 100234?");

        assertThat(reply.text()).isEqualTo("On its way.");
    }
}
