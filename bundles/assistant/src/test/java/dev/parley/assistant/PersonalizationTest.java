package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.conversation.Reply;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderStatus;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.store.InteractionSummary;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Returning customers are greeted by name with what they most likely come about. */
class PersonalizationTest {

    private final AssistantHarness harness = new AssistantHarness();

    @BeforeEach
    void setUp() {
        harness.nlp.intent("hello", "greeting", 0.95).intent("where is my order", "order_status", 0.9);
        harness.skill("small-talk", c -> SkillResult.answer("Hello! How can I help?"), "greeting");
        harness.skill("order-status", c -> SkillResult.answer("Order 100234 has shipped."), "order_status");
    }

    @Test
    void aReturningCustomerIsWelcomedByNameWithTheirMostRecentOrder() {
        Reply reply = harness.asAda().send("hello");

        assertThat(reply.text()).isEqualTo("Welcome back, Ada! Is this about order 100235 from 3 November?");
        assertThat(reply.quickReplies()).containsExactly("Where is order 100235?", "Something else");
        assertThat(reply.skill()).isNull();
    }

    @Test
    void theWelcomeComesOnlyOnTheFirstTurn() {
        harness.asAda().send("hello");

        Reply second = harness.send("hello");

        assertThat(second.text()).isEqualTo("Hello! How can I help?");
    }

    @Test
    void aFirstMessageWithARequestIsAnsweredWithTheGreetingInFront() {
        Reply reply = harness.asAda().send("where is my order 100234");

        assertThat(reply.text()).isEqualTo("Welcome back, Ada! Order 100234 has shipped.");
        assertThat(reply.skill()).isEqualTo("order-status");
    }

    @Test
    void theLastIssueIsRecalledWhenItIsNewerThanTheLastOrder() {
        harness.store.addHistory("C-1001", new InteractionSummary("old-1", Instant.parse("2026-11-20T10:00:00Z"),
                "refund_request", "support", "T-77"));
        harness.store.addHistory("C-1001", new InteractionSummary("old-0", Instant.parse("2026-11-10T10:00:00Z"),
                "order_status", null, null));

        Reply reply = harness.asAda().send("hello");

        assertThat(reply.text()).isEqualTo("Welcome back, Ada! Last time you asked about a refund (ticket T-77)."
                + " Is this about that?");
        assertThat(reply.quickReplies()).containsExactly("I want a refund", "Something else");
    }

    @Test
    void aPreferredNameWins() {
        Reply reply = harness.asAda().send("hello, call me Countess");

        assertThat(reply.text()).startsWith("Welcome back, Countess!");
    }

    @Test
    void aCustomerWithoutHistoryOrOrdersIsNotWelcomedBack() {
        harness.host.orders.clear();

        assertThat(harness.asAda().send("hello").text()).isEqualTo("Hello! How can I help?");
    }

    @Test
    void anAnonymousSenderGetsNoPersonalGreeting() {
        assertThat(harness.send("hello").text()).isEqualTo("Hello! How can I help?");
    }

    @Test
    void anOrderOfAnotherYearNamesTheYear() {
        harness.host.orders.clear();
        harness.host.orders.put("900001", new Order("900001", "C-1001", OrderStatus.DELIVERED,
                Instant.parse("2025-06-01T10:00:00Z"), null, java.math.BigDecimal.ONE, "EUR", null, null, null,
                null));

        Reply reply = harness.asAda().send("hello");

        assertThat(reply.text()).contains("order 900001 from 1 June 2025");
        assertThat(reply.quickReplies()).contains("A problem with order 900001");
    }

    @Test
    void failingLookupsOnlyMakeTheGreetingPlainer() {
        harness.host.customersDown = true;

        assertThat(harness.asAda().send("hello").text()).isEqualTo("Hello! How can I help?");
    }
}
