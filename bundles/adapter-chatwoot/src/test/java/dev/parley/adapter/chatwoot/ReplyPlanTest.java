package dev.parley.adapter.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parley.api.Priority;
import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import dev.parley.api.nlp.Understanding;
import dev.parley.webhook.OutboundMessage;

class ReplyPlanTest {

    private final ChatwootSettings settings = TestSettings.settings();

    @Test
    void anAnswerIsOneMessageKeyedByTheCustomerMessage() {
        List<OutboundMessage> calls = ReplyPlan.of(10, 118, reply("Your order ships today.", null), settings);

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.channel()).isEqualTo("chatwoot");
            assertThat(call.idempotencyKey()).isEqualTo("118:message");
            assertThat(call.orderingKey()).isEqualTo("10");
            assertThat(call.payload()).isEqualTo("{\"conversationId\":10,\"content\":\"Your order ships today.\"}");
        });
    }

    @Test
    void aHandoffOpensTheConversationAssignsTheMappedTeamAndLabels() {
        Handoff handoff = new Handoff("billing", HandoffTrigger.values()[0], "refund", Priority.values()[0], null, null,
                true);
        List<OutboundMessage> calls = ReplyPlan.of(10, 118, reply("A colleague will take over.", handoff), settings);

        assertThat(calls).extracting(OutboundMessage::kind).containsExactly("message", "open", "assign", "labels");
        assertThat(calls.get(2).payload()).isEqualTo("{\"conversationId\":10,\"teamId\":3}");
        assertThat(calls.get(3).payload()).contains("\"intent-refund_request\"", "\"sentiment-negative\"");
        assertThat(calls).extracting(OutboundMessage::payload).noneMatch(payload -> payload.contains("token"));
    }

    @Test
    void aSilentReplySendsNothing() {
        assertThat(ReplyPlan.of(10, 119, reply("", null), settings)).isEmpty();
    }

    @Test
    void labelsAreWhatChatwootAccepts() {
        assertThat(ReplyPlan.label("intent", "Order Status!")).isEqualTo("intent-order_status_");
    }

    private static Reply reply(String text, Handoff handoff) {
        Understanding understanding = new Understanding(
                new IntentPrediction("refund_request", 0.9, List.of(), false, "1.0.0"), List.of(),
                new Sentiment(-0.6, SentimentLabel.NEGATIVE, Emotion.ANGER, 0.7, "1.0.0"));
        return new Reply("c-1", text, null, understanding, null, handoff, false, null);
    }
}
