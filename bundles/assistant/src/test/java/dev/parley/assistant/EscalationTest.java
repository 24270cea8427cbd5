package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.store.Decision;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StoredMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every handoff trigger, decided from structured facts. */
class EscalationTest {

    private final AssistantHarness harness = new AssistantHarness();
    private ScriptedSkill orderStatus;

    @BeforeEach
    void setUp() {
        harness.nlp.intent("where is my order", "order_status", 0.92)
                .intent("let me speak to", "talk_to_human", 0.95)
                .intent("close my account", "delete_account", 0.9)
                .intent("terrible service", "complaint", 0.88)
                .intent("refund", "refund_request", 0.9);
        orderStatus = harness.skill("order-status", c -> SkillResult.ask("Which order do you mean?"), "order_status");
    }

    @Test
    void theTalkToHumanIntentHandsOff() {
        Reply reply = harness.send("Let me speak to your supervisor thing");

        assertHandedOff(reply, HandoffTrigger.CUSTOMER_REQUEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"human", "I need a REAL person!!", "get me an agent", "Can I speak to someone?",
        "representatives only", "operator", "talk with someone please", "is there a live agent", "hUmAnS?"})
    void anyWordingOfARequestForAPersonHandsOff(String text) {
        Reply reply = harness.send(text);

        assertHandedOff(reply, HandoffTrigger.CUSTOMER_REQUEST);
    }

    @Test
    void aRequestForAPersonIsHonouredWhileASkillWaitsForAnAnswer() {
        harness.send("Where is my order?");
        assertThat(harness.conversation().state().pendingSkill()).isEqualTo("order-status");

        Reply reply = harness.send("just get me a human");

        assertHandedOff(reply, HandoffTrigger.CUSTOMER_REQUEST);
        assertThat(orderStatus.calls).hasSize(1);
        assertThat(harness.conversation().state().pendingSkill()).isNull();
    }

    @Test
    void wordsThatOnlyContainARequestPhraseDoNotHandOff() {
        Reply reply = harness.send("Where is my order? The agenda said Monday, humanity waits");

        assertThat(reply.handoff()).isNull();
        assertThat(harness.conversation().state().owner()).isEqualTo(Owner.ASSISTANT);
    }

    @Test
    void aVeryNegativeSentimentHandsOff() {
        harness.nlp.sentiment("useless", -0.7, Emotion.FRUSTRATION, 0.6);

        Reply reply = harness.send("Where is my order, this is useless");

        assertHandedOff(reply, HandoffTrigger.NEGATIVE_SENTIMENT);
        assertThat(orderStatus.calls).isEmpty();
        assertThat(harness.router.requests.get(0).sentiment().score()).isEqualTo(-0.7);
    }

    @Test
    void angerHandsOffEvenWithAMilderScore() {
        harness.nlp.sentiment("now!", -0.3, Emotion.ANGER, 0.8);

        assertHandedOff(harness.send("Where is my order, now!"), HandoffTrigger.NEGATIVE_SENTIMENT);
    }

    @Test
    void aMildlyNegativeMessageStaysWithTheAssistant() {
        harness.nlp.sentiment("annoying", -0.5, Emotion.FRUSTRATION, 0.6);

        Reply reply = harness.send("Where is my order, this is annoying");

        assertThat(reply.handoff()).isNull();
        assertThat(reply.skill()).isEqualTo("order-status");
    }

    @Test
    void theSentimentThresholdIsConfigurable() {
        harness.configure("negativeSentimentThreshold", -0.4);
        harness.nlp.sentiment("annoying", -0.5, Emotion.FRUSTRATION, 0.6);

        assertHandedOff(harness.send("Where is my order, this is annoying"), HandoffTrigger.NEGATIVE_SENTIMENT);
    }

    @Test
    void twoNotUnderstoodMessagesInARowHandOff() {
        Reply first = harness.send("blue elephants dance");
        assertThat(first.handoff()).isNull();
        assertThat(harness.conversation().state().lowConfidenceStreak()).isEqualTo(1);

        Reply second = harness.send("purple monkeys sing");

        assertHandedOff(second, HandoffTrigger.LOW_CONFIDENCE);
    }

    @Test
    void anUnderstoodMessageInBetweenResetsTheStreak() {
        harness.send("blue elephants dance");
        harness.send("Where is my order 100234?");
        assertThat(harness.conversation().state().lowConfidenceStreak()).isZero();

        assertThat(harness.send("purple monkeys sing").handoff()).isNull();
    }

    @Test
    void aLowConfidenceIntentCountsAsNotUnderstood() {
        harness.nlp.intent("maybe order", "order_status", 0.3);

        harness.send("maybe order something");
        Reply second = harness.send("maybe order whatever");

        assertThat(orderStatus.calls).isEmpty();
        assertHandedOff(second, HandoffTrigger.LOW_CONFIDENCE);
    }

    @Test
    void aKnowledgeBaseAnswerIsASuccessAndResetsTheStreak() {
        harness.knowledge.article("gift wrap", "Gift wrapping", "We wrap gifts for 3 EUR.", 8.0);

        harness.send("blue elephants dance");
        Reply answered = harness.send("do you gift wrap?");
        Reply third = harness.send("purple monkeys sing");

        assertThat(answered.text()).contains("We wrap gifts for 3 EUR.");
        assertThat(third.handoff()).isNull();
    }

    @Test
    void sensitiveIntentsHandOff() {
        assertHandedOff(harness.send("please close my account"), HandoffTrigger.SENSITIVE_INTENT);
    }

    @Test
    void complaintsHandOffToTheRoutersQueue() {
        Reply reply = harness.send("terrible service");

        assertHandedOff(reply, HandoffTrigger.SENSITIVE_INTENT);
        assertThat(reply.handoff().queue()).isEqualTo("complaints");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I will file a chargeback", "my lawyer will hear of this", "this is FRAUD",
        "GDPR request for my data"})
    void sensitiveKeywordsHandOffWhateverTheIntent(String text) {
        assertHandedOff(harness.send("Where is my order? " + text), HandoffTrigger.SENSITIVE_INTENT);
    }

    @Test
    void aFailingSkillWithoutAKnowledgeAnswerHandsOff() {
        harness.skill("refund-return", c -> SkillResult.failed("shop timed out"), "refund_request");

        Reply reply = harness.send("I want a refund");

        assertHandedOff(reply, HandoffTrigger.SKILL_FAILURE);
        assertThat(reply.handoff().reason()).contains("refund-return").contains("shop timed out");
        assertThat(lastDecision(reply).skill()).isEqualTo("refund-return");
        assertThat(lastDecision(reply).outcome()).isEqualTo("FAILED");
        assertThat(reply.skill()).isNull();
    }

    @Test
    void aSkillThatThrowsIsTreatedAsFailed() {
        harness.skill("refund-return", c -> {
            throw new IllegalStateException("bug with customer text inside");
        }, "refund_request");

        assertHandedOff(harness.send("I want a refund"), HandoffTrigger.SKILL_FAILURE);
    }

    @Test
    void aFailingSkillIsReplacedByAGoodKnowledgeAnswer() {
        harness.skill("refund-return", c -> SkillResult.failed("shop timed out"), "refund_request");
        harness.knowledge.article("refund", "Refunds", "Refunds take 5 days.", 7.5);

        Reply reply = harness.send("I want a refund");

        assertThat(reply.handoff()).isNull();
        assertThat(reply.text()).contains("Refunds take 5 days.").contains("Refunds");
        assertThat(reply.quickReplies()).contains("Talk to a person");
    }

    @Test
    void aSkillAskingForAPersonHandsOffByPolicy() {
        harness.skill("refund-return", c -> SkillResult.handoff("refund above 100 EUR needs approval"),
                "refund_request");

        Reply reply = harness.send("I want a refund");

        assertHandedOff(reply, HandoffTrigger.POLICY);
        assertThat(reply.handoff().reason()).contains("refund above 100 EUR needs approval");
    }

    @Test
    void theDecisionRecordsTheHandoff() {
        Reply reply = harness.send("I need a real person");

        Decision decision = lastDecision(reply);
        assertThat(decision.handoffQueue()).isEqualTo("support");
        assertThat(decision.handoffTrigger()).isEqualTo("CUSTOMER_REQUEST");
        assertThat(decision.ticketId()).isEqualTo(reply.handoff().ticketId()).isNotNull();
    }

    private void assertHandedOff(Reply reply, HandoffTrigger trigger) {
        assertThat(reply.handoff()).as("handoff").isNotNull();
        assertThat(reply.handoff().trigger()).isEqualTo(trigger);
        assertThat(reply.handoff().ticketId()).isNotNull();
        assertThat(reply.text()).contains("team");
        assertThat(reply.quickReplies()).isNotEmpty();
        assertThat(harness.conversation().state().owner()).isEqualTo(Owner.HUMAN);
        assertThat(harness.host.ticketRequests).hasSize(1);
    }

    private Decision lastDecision(Reply reply) {
        List<StoredMessage> transcript = harness.store.transcript(reply.conversationId());
        return transcript.get(transcript.size() - 1).decision();
    }
}
