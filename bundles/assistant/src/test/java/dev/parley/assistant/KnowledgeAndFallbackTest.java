package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.nlp.ScoredIntent;
import dev.parley.api.skill.SkillResult;
import org.junit.jupiter.api.Test;

/** Out of scope: the knowledge base when it matches well, otherwise a graceful answer. */
class KnowledgeAndFallbackTest {

    private final AssistantHarness harness = new AssistantHarness();

    @Test
    void aWellMatchingArticleAnswersAnOutOfScopeQuestion() {
        harness.knowledge.article("gift", "Gift wrapping", "We wrap gifts for 3 EUR.", 9.0);

        Reply reply = harness.send("Can you wrap a gift?");

        assertThat(reply.text()).contains("Gift wrapping").contains("We wrap gifts for 3 EUR.")
                .contains("https://help.example.com/0");
        assertThat(reply.skill()).isNull();
        assertThat(reply.handoff()).isNull();
        assertThat(reply.quickReplies()).contains("Talk to a person");
        assertThat(harness.knowledge.queries).containsExactly("Can you wrap a gift?");
    }

    @Test
    void aWeakMatchIsOnlyOfferedNeverGivenAsTheAnswer() {
        harness.configure("knowledgeMinScore", 5.0);
        harness.knowledge.article("gift", "Gift wrapping", "We wrap gifts for 3 EUR.", 2.0);

        Reply reply = harness.send("Can you wrap a gift?");

        assertThat(reply.text()).doesNotContain("We wrap gifts").contains("not sure I understood")
                .contains("Gift wrapping");
        assertThat(reply.quickReplies()).contains("Gift wrapping", "Talk to a person");
    }

    @Test
    void withNothingInTheKnowledgeBaseTheAnswerOffersTopicsAndAPerson() {
        harness.nlp.outOfScope("weather", new ScoredIntent("delivery_time", 0.3), new ScoredIntent("track_order",
                0.2), new ScoredIntent("greeting", 0.01));

        Reply reply = harness.send("how is the weather for my delivery");

        assertThat(reply.text()).contains("not sure I understood").contains("put you through to a person");
        assertThat(reply.quickReplies()).containsExactly("How long does delivery take?", "Track my parcel",
                "Talk to a person");
        assertThat(reply.understanding().intent().outOfScope()).isTrue();
    }

    @Test
    void withoutAKnowledgeBaseTheGracefulAnswerStillComes() {
        harness.knowledgeService = null;

        Reply reply = harness.send("blue elephants");

        assertThat(reply.text()).contains("not sure I understood");
        assertThat(reply.quickReplies()).contains("Talk to a person");
    }

    @Test
    void anUnderstoodRequestWithoutASkillSaysSoAndOffersAPerson() {
        harness.nlp.intent("invoice", "invoice_request", 0.9);

        Reply reply = harness.send("I need an invoice");

        assertThat(reply.text()).isEqualTo("I can't help with an invoice here yet, but a person from our team can.");
        assertThat(reply.quickReplies()).containsExactly("Talk to a person");
        assertThat(harness.conversation().state().lowConfidenceStreak()).isZero();
    }

    @Test
    void smallTalkIsAnsweredEvenWithoutASmallTalkSkill() {
        harness.nlp.intent("thank", "thanks", 0.95).intent("hi", "greeting", 0.95);

        assertThat(harness.send("hi").text()).isEqualTo("Hello! How can I help you today?");
        assertThat(harness.send("thank you").text()).startsWith("You're welcome!");
        assertThat(harness.send("thank you").quickReplies()).isNotEmpty();
    }

    @Test
    void anUnderstoodRequestWithoutASkillIsAnsweredFromTheKnowledgeBase() {
        harness.nlp.intent("invoice", "invoice_request", 0.9);
        harness.knowledge.article("invoice", "Invoices", "Invoices are in your account.", 6.0);

        assertThat(harness.send("I need an invoice").text()).contains("Invoices are in your account.");
    }

    @Test
    void aFailingKnowledgeBaseIsLikeNoAnswer() {
        harness.knowledgeService = mock(KnowledgeBase.class);
        when(harness.knowledgeService.search(anyString(), anyInt())).thenThrow(new IllegalStateException("index"));
        harness.skill("refund-return", c -> SkillResult.failed("down"), "refund_request");
        harness.nlp.intent("refund", "refund_request", 0.9);

        Reply reply = harness.send("refund please");

        assertThat(reply.handoff()).isNotNull();
        assertThat(reply.handoff().trigger()).isEqualTo(HandoffTrigger.SKILL_FAILURE);
    }

    @Test
    void withoutAClassifierMessagesAreNotUnderstoodButStillAnswered() {
        TurnPipeline pipeline = harness.pipeline();
        Services services = harness.services();
        Services withoutNlp = new Services(services.store(), null, null, null, services.customers(),
                services.orders(), services.tickets(), services.router(), services.knowledge(), services.skills(),
                services.escalationRisk());

        Reply reply = pipeline.handle(harness.message("m-1", "where is my order"), withoutNlp);

        assertThat(reply.understanding()).isNull();
        assertThat(reply.text()).contains("not sure I understood");
        assertThat(harness.store.transcript(reply.conversationId()).get(1).decision().intent()).isEqualTo("oos");
    }
}
