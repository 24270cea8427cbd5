package dev.parley.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.Priority;
import dev.parley.api.conversation.CustomerRef;
import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import dev.parley.api.nlp.Understanding;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyPlannerTest {

    private static final GroupMapping GROUPS = GroupMapping.read("queueGroups", new String[] {"billing=360001"},
            "defaultGroupId", "5", List.of("general", "billing"));

    private static TicketEvent.CustomerMessage message(Priority current) {
        return new TicketEvent.CustomerMessage("42", "c-1", "I want my money back", CustomerRef.anonymous(),
                Instant.EPOCH, current, null);
    }

    private static Understanding understanding(SentimentLabel label, double score) {
        return new Understanding(new IntentPrediction("refund_request", 0.91, List.of(), false, "1"), List.of(),
                new Sentiment(score, label, Emotion.ANGER, 0.8, "1"));
    }

    private static ReplyPlanner planner(boolean asNote) {
        return new ReplyPlanner(new ReplySettings(asNote, true, true, "parley_handoff", GROUPS));
    }

    @Test
    void aReplyIsPublicAndTaggedWithIntentAndSentiment() {
        Reply reply = new Reply("p-1", "Refunds take 5 days.", null, understanding(SentimentLabel.NEUTRAL, 0.0),
                null, null, false, null);

        List<TicketUpdate> updates = planner(false).plan(message(Priority.NORMAL), reply);

        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.ticketId()).isEqualTo("42");
            assertThat(u.purpose()).isEqualTo(ReplyPlanner.REPLY);
            assertThat(u.body()).isEqualTo("Refunds take 5 days.");
            assertThat(u.isPublic()).isTrue();
            assertThat(u.addTags()).containsExactly("parley_intent_refund_request", "parley_sentiment_neutral");
            assertThat(u.priority()).isNull();
            assertThat(u.groupId()).isNull();
        });
    }

    @Test
    void inNoteModeTheReplyIsAnInternalSuggestion() {
        Reply reply = new Reply("p-1", "Refunds take 5 days.", null, null, null, null, false, null);

        assertThat(planner(true).plan(message(null), reply)).singleElement().satisfies(u -> {
            assertThat(u.isPublic()).isFalse();
            assertThat(u.body()).startsWith("Suggested answer from Parley:").endsWith("Refunds take 5 days.");
            assertThat(u.addTags()).isEmpty();
        });
    }

    @Test
    void silenceBecomesNoUpdate() {
        Reply silent = new Reply("p-1", "", null, null, null,
                new Handoff("agent", HandoffTrigger.POLICY, "a person answers", Priority.NORMAL, null, null, true),
                false, null);

        assertThat(planner(false).plan(message(Priority.LOW), silent)).isEmpty();
    }

    @Test
    void anUpsetCustomerRaisesAKnownPriorityButNeverLowersIt() {
        Reply upset = new Reply("p-1", "Sorry to hear that.", null, understanding(SentimentLabel.NEGATIVE, -0.8),
                null, null, false, null);

        assertThat(planner(false).plan(message(Priority.NORMAL), upset).get(0).priority()).isEqualTo(Priority.HIGH);
        assertThat(planner(false).plan(message(Priority.URGENT), upset).get(0).priority()).isNull();
        assertThat(planner(false).plan(message(null), upset).get(0).priority()).as("unknown: left alone").isNull();
    }

    @Test
    void aHandoffAddsAnInternalNoteWithGroupPriorityAndTagButNoCustomerText() {
        Handoff handoff = new Handoff("billing", HandoffTrigger.NEGATIVE_SENTIMENT, "customer angry about a refund",
                Priority.URGENT, null, Instant.parse("2026-12-07T09:00:00Z"), false);
        Reply reply = new Reply("p-1", "A colleague from billing will answer by Monday.", null,
                understanding(SentimentLabel.NEGATIVE, -0.9), null, handoff, false, null);

        List<TicketUpdate> updates = planner(false).plan(message(Priority.NORMAL), reply);

        assertThat(updates).hasSize(2);
        TicketUpdate note = updates.get(1);
        assertThat(note.purpose()).isEqualTo(ReplyPlanner.HANDOFF);
        assertThat(note.isPublic()).isFalse();
        assertThat(note.groupId()).isEqualTo(360001L);
        assertThat(note.priority()).isEqualTo(Priority.URGENT);
        assertThat(note.addTags()).containsExactly("parley_intent_refund_request", "parley_sentiment_negative",
                "parley_handoff");
        assertThat(note.body()).contains("Queue: billing", "Priority: urgent", "customer angry about a refund",
                "Intent: refund_request", "Sentiment: negative", "2026-12-07T09:00:00Z")
                .doesNotContain("money back");
    }

    @Test
    void aHandoffToAnUnmappedQueueUsesTheDefaultGroupAndAnUnknownPrioritySetsTheHandoffs() {
        Handoff handoff = new Handoff("general", HandoffTrigger.CUSTOMER_REQUEST, "customer asked for a person",
                Priority.NORMAL, null, null, true);
        Reply reply = new Reply("p-1", "A colleague will answer.", null, null, null, handoff, false, null);

        TicketUpdate note = planner(false).plan(message(null), reply).get(1);

        assertThat(note.groupId()).isEqualTo(5L);
        assertThat(note.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void tagsAreWhatHelpdesksAccept() {
        assertThat(ReplyPlanner.tag("intent_Track Order/2")).isEqualTo("parley_intent_track_order_2");
    }
}
