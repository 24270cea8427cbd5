package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parley.api.conversation.Reply;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderLine;
import dev.parley.api.host.OrderStatus;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.recommend.Recommendation;
import dev.parley.api.recommend.Recommender;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One suggestion for an item of the order after an order answer, at most once per conversation. */
class RecommendationOfferTest {

    private static final String SUGGESTION = "Customers who bought the Blue rain jacket also liked the Storm umbrella.";
    private static final Recommendation UMBRELLA = new Recommendation("UMB-7401", "Storm umbrella", 0.7,
            "often bought together with Blue rain jacket");
    /** Ada is a returning customer: the first answer of a conversation is greeted. */
    private static final String WELCOME = "Welcome back, Ada! ";
    private static final Recommendation SOCKS = new Recommendation("SCK-1200", "Merino hiking socks", 0.9, null);

    private final AssistantHarness harness = new AssistantHarness();
    private final Recommender recommender = mock(Recommender.class);

    @BeforeEach
    void setUp() {
        harness.nlp.intent("where is my order", "order_status", 0.9).intent("track", "track_order", 0.9)
                .intent("cancel", "cancel_order", 0.9).intent("hello", "greeting", 0.95);
        harness.skill("order-status", c -> orderAnswer("Order 100234 has shipped.", "Track my parcel",
                "Talk to a person"), "order_status");
        harness.skill("tracking", c -> orderAnswer("Order 100234 is on its way with UPS.", "Order status"),
                "track_order");
        harness.skill("cancel-order", c -> orderAnswer("Order 100234 has shipped and cannot be cancelled."),
                "cancel_order");
        harness.skill("small-talk", c -> SkillResult.answer("Hello!"), "greeting");
        withOrder(OrderStatus.SHIPPED);
        // the socks are in the order already: the umbrella is the first item that is new to it
        when(recommender.relatedTo(anyString(), anyInt())).thenReturn(List.of());
        when(recommender.relatedTo("JKT-2041", 5)).thenReturn(List.of(SOCKS, UMBRELLA));
        harness.recommender = recommender;
    }

    private static SkillResult orderAnswer(String text, String... quickReplies) {
        return SkillResult.answer(text, quickReplies).withSlotUpdates(Map.of(Slots.ORDER_NUMBER, "100234"));
    }

    private void withOrder(OrderStatus status) {
        harness.host.orders.put("100234", new Order("100234", FakeHost.ADA.id(), status,
                Instant.parse("2026-11-20T09:00:00Z"), List.of(
                        new OrderLine("JKT-2041", "Blue rain jacket", 1, new BigDecimal("89.90")),
                        new OrderLine("SCK-1200", "Merino hiking socks", 2, new BigDecimal("24.90"))),
                new BigDecimal("139.70"), "EUR", null, "1Z999", "UPS", null));
    }

    @Test
    void anOrderStatusAnswerCarriesOneSuggestionForAnItemOfTheOrder() {
        Reply reply = harness.asAda().send("where is my order 100234?");

        assertThat(reply.text()).isEqualTo(WELCOME + "Order 100234 has shipped.\n\n" + SUGGESTION);
        assertThat(reply.quickReplies()).containsExactly("Track my parcel", "Talk to a person",
                RecommendationOffer.MORE);
        assertThat(harness.conversation().state().slots()).containsEntry(RecommendationOffer.OFFERED, "UMB-7401");
    }

    @Test
    void theProductOfTheSuggestionBecomesTheOneTheConversationIsAbout() {
        harness.asAda().send("where is my order 100234?");

        String suggested = harness.conversation().state().slots().get(RecommendationOffer.OFFERED);
        String about = harness.conversation().state().slots().get(Slots.PRODUCT);
        assertThat(about).isIn("JKT-2041", "SCK-1200");
        assertThat(SUGGESTION).contains(about.equals("JKT-2041") ? "Blue rain jacket" : "Merino hiking socks");
        assertThat(suggested).isNotEqualTo(about);
    }

    @Test
    void theSuggestionComesOnlyOncePerConversation() {
        harness.asAda().send("where is my order 100234?");

        Reply again = harness.send("where is my order 100234 now?");
        Reply tracking = harness.send("track it please");

        assertThat(again.text()).isEqualTo("Order 100234 has shipped.");
        assertThat(again.quickReplies()).doesNotContain(RecommendationOffer.MORE);
        assertThat(tracking.text()).isEqualTo("Order 100234 is on its way with UPS.");
    }

    @Test
    void aNewConversationMayOfferAgain() {
        harness.asAda().send("where is my order 100234?");
        harness.conversationId = "host-conv-2";

        Reply reply = harness.send("where is my order 100234?");

        assertThat(reply.text()).endsWith(SUGGESTION);
    }

    @Test
    void aTrackingAnswerCarriesItToo() {
        Reply reply = harness.asAda().send("track my parcel");

        assertThat(reply.text()).isEqualTo(WELCOME + "Order 100234 is on its way with UPS.\n\n" + SUGGESTION);
    }

    @Test
    void otherSkillsAnswersAboutTheOrderCarryNone() {
        Reply reply = harness.asAda().send("cancel my order 100234");

        assertThat(reply.text()).isEqualTo(WELCOME + "Order 100234 has shipped and cannot be cancelled.");
        verify(recommender, never()).relatedTo(anyString(), anyInt());
    }

    @Test
    void itCanBeSwitchedOff() {
        harness.configure("offerRecommendations", false);

        Reply reply = harness.asAda().send("where is my order 100234?");

        assertThat(reply.text()).isEqualTo(WELCOME + "Order 100234 has shipped.");
    }

    @Test
    void theIntentsItFollowsAreConfigurable() {
        harness.configure("recommendAfterIntents", new String[] {"track_order"});

        assertThat(harness.asAda().send("where is my order 100234?").text()).isEqualTo(WELCOME + "Order 100234 has shipped.");
        assertThat(harness.send("track my parcel").text()).endsWith(SUGGESTION);
    }

    @Test
    void anUnhappyCustomerGetsNoSalesPitch() {
        harness.nlp.sentiment("still", -0.4, Emotion.SADNESS, 0.4);

        Reply reply = harness.asAda().send("where is my order 100234? still nothing");

        assertThat(reply.text()).isEqualTo(WELCOME + "Order 100234 has shipped.");
        assertThat(harness.conversation().state().slots()).doesNotContainKey(RecommendationOffer.OFFERED);
    }

    @Test
    void aFrustratedCustomerWhoseWordsScoreNeutralGetsNoSalesPitch() {
        harness.nlp.sentiment("WHERE", 0.0, Emotion.FRUSTRATION, 0.8);

        Reply reply = harness.asAda().send("WHERE IS MY ORDER 100234???");

        assertThat(reply.text()).isEqualTo(WELCOME + "Order 100234 has shipped.");
        assertThat(harness.conversation().state().slots()).doesNotContainKey(RecommendationOffer.OFFERED);
    }

    @Test
    void aCancelledOrderGetsNoSuggestion() {
        withOrder(OrderStatus.CANCELLED);

        assertThat(harness.asAda().send("where is my order 100234?").text()).isEqualTo(WELCOME + "Order 100234 has shipped.");
    }

    @Test
    void onlyTheSendersOwnOrderIsUsed() {
        harness.as(new dev.parley.api.conversation.CustomerRef(FakeHost.BOB.id(), null, null, null));

        assertThat(harness.send("where is my order 100234?").text()).endsWith("Order 100234 has shipped.");
        verify(recommender, never()).relatedTo(anyString(), anyInt());
    }

    @Test
    void anAnonymousSenderGetsNone() {
        assertThat(harness.send("where is my order 100234?").text()).isEqualTo("Order 100234 has shipped.");
        verify(recommender, never()).relatedTo(anyString(), anyInt());
    }

    @Test
    void withoutARecommenderTheAnswerIsUnchanged() {
        harness.recommender = null;

        assertThat(harness.asAda().send("where is my order 100234?").text()).isEqualTo(WELCOME + "Order 100234 has shipped.");
    }

    @Test
    void aFailingRecommenderLeavesTheAnswerAsItIs() {
        when(recommender.relatedTo("JKT-2041", 5)).thenThrow(new IllegalStateException("broken"));

        Reply reply = harness.asAda().send("where is my order 100234?");

        assertThat(reply.text()).isEqualTo(WELCOME + "Order 100234 has shipped.");
        assertThat(reply.skill()).isEqualTo("order-status");
        assertThat(reply.handoff()).isNull();
    }

    @Test
    void noRelatedItemMeansNoSuggestionAndItMayComeLater() {
        when(recommender.relatedTo("JKT-2041", 5)).thenReturn(List.of(SOCKS));

        assertThat(harness.asAda().send("where is my order 100234?").text()).isEqualTo(WELCOME + "Order 100234 has shipped.");

        when(recommender.relatedTo("JKT-2041", 5)).thenReturn(List.of(UMBRELLA));
        assertThat(harness.send("where is my order 100234 now?").text()).endsWith(SUGGESTION);
    }

    @Test
    void aQuestionOfTheSkillIsNotInterrupted() {
        harness.register(new ScriptedSkill("asking", c -> SkillResult.ask("Which order do you mean?", "100234")), 10,
                "order_status");

        Reply reply = harness.asAda().send("where is my order?");

        assertThat(reply.text()).isEqualTo(WELCOME + "Which order do you mean?");
        verify(recommender, never()).relatedTo(anyString(), anyInt());
    }
}
