package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.Priority;
import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.host.TicketRequest;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.ScoredIntent;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.store.Decision;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StoredMessage;
import dev.parley.api.store.Turn;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Route, ticket, the customer's notice, the owner; and what happens when the helpdesk fails. */
class HandoffCoordinationTest {

    private final AssistantHarness harness = new AssistantHarness().asAda();

    @BeforeEach
    void setUp() {
        harness.nlp.intent("where is my order", "order_status", 0.92)
                .intent("refund", "refund_request", 0.9)
                .sentiment("useless", -0.8, Emotion.FRUSTRATION, 0.7);
        harness.skill("order-status", c -> SkillResult.answer("Order 100235 is being packed."), "order_status");
    }

    @Test
    void theTicketCarriesQueueSummaryAndTranscript() {
        harness.send("m-1", "Where is my order 100235?");

        Reply reply = harness.send("m-2", "Where is my order, this is useless");

        TicketRequest ticket = harness.host.ticketRequests.get(0);
        assertThat(ticket.queue()).isEqualTo("support");
        assertThat(ticket.priority()).isEqualTo(Priority.NORMAL);
        assertThat(ticket.customerId()).isEqualTo("C-1001");
        assertThat(ticket.conversationId()).isEqualTo(reply.conversationId());
        assertThat(ticket.requestId()).isEqualTo(TicketWriter.requestId(reply.conversationId(), "m-2"));
        assertThat(ticket.subject()).contains("the status of an order").contains("negative_sentiment");
        assertThat(ticket.description()).contains("Intent: order_status").contains("Sentiment: negative -0.80")
                .contains("Customer: C-1001").contains("Order: 100235");
        assertThat(ticket.transcript()).isEqualTo("Customer: Where is my order 100235?\n"
                + "Assistant: Welcome back, Ada! Order 100235 is being packed.\n"
                + "Customer: Where is my order, this is useless");
        assertThat(ticket.tags()).contains("parley", "negative_sentiment", "order_status");
        assertThat(harness.router.requests.get(0).customerTier()).isEqualTo("gold");
        assertThat(harness.router.requests.get(0).intent()).isEqualTo("order_status");
    }

    @Test
    void aComplaintIsRoutedByWhatItIsAbout() {
        harness.nlp.intent("broken", "complaint", 0.99, new ScoredIntent("damaged_item", 0.004),
                new ScoredIntent("oos", 0.003), new ScoredIntent("refund_request", 0.002));

        harness.send("My parcel arrived broken and nobody answers, outrageous");

        assertThat(harness.router.requests.get(0).intent()).isEqualTo("damaged_item");
    }

    @Test
    void aRequestForAPersonWithNoTopicAboveOutOfScopeKeepsItsIntent() {
        harness.nlp.intent("a person", "talk_to_human", 0.99, new ScoredIntent("oos", 0.004),
                new ScoredIntent("refund_request", 0.002));

        harness.send("let me talk to a person");

        assertThat(harness.router.requests.get(0).intent()).isEqualTo("talk_to_human");
    }

    @Test
    void withinBusinessHoursAPersonRepliesShortly() {
        Reply reply = harness.send("I want a human");

        assertThat(reply.text()).isEqualTo("I'm passing you to our support team. A person will reply here shortly."
                + " Your reference is T-1.");
        assertThat(reply.handoff().withinBusinessHours()).isTrue();
        assertThat(reply.awaitingInput()).isFalse();
    }

    @Test
    void outsideBusinessHoursTheCustomerLearnsWhenAPersonAnswers() {
        harness.router.withinBusinessHours = false;
        harness.router.expectedResponseBy = Instant.parse("2026-11-24T08:00:00Z");

        Reply reply = harness.send("I want a human");

        assertThat(reply.text()).contains("a person will reply here tomorrow at 09:00 CET")
                .contains("Your reference is T-1.");
        assertThat(reply.handoff().expectedResponseBy()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    }

    @Test
    void laterDaysAreNamed() {
        harness.router.withinBusinessHours = false;
        harness.router.expectedResponseBy = Instant.parse("2026-11-30T08:00:00Z");

        assertThat(harness.send("I want a human").text()).contains("on Monday 30 November at 09:00 CET");
    }

    @Test
    void withoutAnExpectedTimeTheNoticePromisesNoTime() {
        harness.router.withinBusinessHours = false;
        harness.router.expectedResponseBy = null;

        assertThat(harness.send("I want a human").text()).contains("as soon as possible");
    }

    @Test
    void aHelpdeskFailureIsToldHonestlyAndTheMessageIsKept() {
        harness.host.ticketsDown = true;

        Reply reply = harness.send("m-1", "I want a human");

        assertThat(reply.text()).contains("couldn't reach our team").contains("saved");
        assertThat(reply.handoff()).isNull();
        assertThat(reply.quickReplies()).contains("Talk to a person");
        assertThat(harness.conversation().state().owner()).isEqualTo(Owner.ASSISTANT);
        Turn stored = harness.store.findTurn(AssistantHarness.CHANNEL, "m-1").orElseThrow();
        assertThat(stored.customerMessage().text()).isEqualTo("I want a human");
        Decision decision = stored.reply().decision();
        assertThat(decision.handoffTrigger()).isEqualTo("CUSTOMER_REQUEST");
        assertThat(decision.ticketId()).isNull();
    }

    @Test
    void askingAgainAfterAHelpdeskFailureOpensTheTicket() {
        harness.host.ticketsDown = true;
        harness.send("I want a human");
        harness.host.ticketsDown = false;

        Reply reply = harness.send("a human please");

        assertThat(reply.handoff().ticketId()).isEqualTo("T-1");
        assertThat(harness.conversation().state().owner()).isEqualTo(Owner.HUMAN);
    }

    @Test
    void withoutATicketServiceNoOneIsPretendedToTakeOver() {
        harness.tickets = null;

        Reply reply = harness.send("I want a human");

        assertThat(reply.handoff()).isNull();
        assertThat(reply.text()).contains("couldn't reach our team");
    }

    @Test
    void aConversationHandedOffBeforeIsNotHandedOffAgainByAutomaticTriggers() {
        Reply first = harness.send("I want a human");
        harness.store.changeOwner(first.conversationId(), Owner.ASSISTANT);

        Reply reply = harness.send("Where is my order, this is useless");

        assertThat(reply.handoff()).isNull();
        assertThat(reply.text()).isEqualTo("Order 100235 is being packed.");
        assertThat(harness.host.ticketRequests).hasSize(1);
    }

    @Test
    void askingForAPersonAgainReturnsToTheSameTicket() {
        Reply first = harness.send("I want a human");
        harness.store.changeOwner(first.conversationId(), Owner.ASSISTANT);

        Reply again = harness.send("human again please");

        assertThat(again.handoff().ticketId()).isEqualTo(first.handoff().ticketId());
        assertThat(harness.host.ticketRequests).hasSize(1);
        assertThat(harness.conversation().state().owner()).isEqualTo(Owner.HUMAN);
    }

    @Test
    void aFailingSkillAfterAnEarlierHandoffApologisesInsteadOfHandingOffAgain() {
        harness.skill("refund-return", c -> SkillResult.failed("shop down"), "refund_request");
        Reply first = harness.send("I want a human");
        harness.store.changeOwner(first.conversationId(), Owner.ASSISTANT);

        Reply reply = harness.send("I want a refund");

        assertThat(reply.handoff()).isNull();
        assertThat(reply.text()).contains("can't do that right now");
        assertThat(harness.host.ticketRequests).hasSize(1);
    }

    @Test
    void aRetriedHandoffMessageGetsTheSameTicketAndNotice() {
        Reply first = harness.send("m-5", "I want a human");
        Reply retry = harness.send("m-5", "I want a human");

        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.handoff()).isEqualTo(first.handoff());
        assertThat(harness.host.ticketRequests).hasSize(1);
    }

    @Test
    void aTicketOpenedByAnAttemptThatWasRedoneIsNotOpenedTwice() {
        harness.store.concurrentChanges = 1;

        Reply reply = harness.send("m-6", "I want a human");

        assertThat(harness.host.ticketRequests).hasSize(2)
                .extracting(TicketRequest::requestId).containsOnly(TicketWriter.requestId(reply.conversationId(),
                        "m-6"));
        assertThat(harness.host.ticketsByRequest).hasSize(1);
        assertThat(reply.handoff().ticketId()).isEqualTo("T-1");
    }

    @Test
    void withoutARouterTheConfiguredQueueTakesOver() {
        harness.routerService = null;
        harness.configure("defaultQueue", "frontdesk");

        Reply reply = harness.send("Where is my order, this is useless");

        assertThat(reply.handoff().queue()).isEqualTo("frontdesk");
        assertThat(reply.handoff().priority()).isEqualTo(Priority.HIGH);
        assertThat(reply.handoff().trigger()).isEqualTo(HandoffTrigger.NEGATIVE_SENTIMENT);
        assertThat(reply.text()).contains("our frontdesk team");
    }

    @Test
    void aFailingRouterFallsBackToTheConfiguredQueue() {
        harness.routerService = request -> {
            throw new IllegalStateException("router bug");
        };

        Reply reply = harness.send("I want a human");

        assertThat(reply.handoff().queue()).isEqualTo("general");
        assertThat(reply.handoff().ticketId()).isNotNull();
    }

    @Test
    void theTranscriptInTheTicketHasEveryEarlierMessage() {
        harness.send("Where is my order 100235?");
        harness.send("blue elephants");
        Reply reply = harness.send("I want a human");

        List<StoredMessage> stored = harness.store.transcript(reply.conversationId());
        String transcript = harness.host.ticketRequests.get(0).transcript();
        assertThat(transcript.lines()).hasSize(5);
        assertThat(stored).hasSize(6);
    }
}
