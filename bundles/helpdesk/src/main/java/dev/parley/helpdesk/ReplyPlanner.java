package dev.parley.helpdesk;

import dev.parley.api.Priority;
import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Turns the assistant's reply to a customer message into the updates of the ticket: the reply
 * (public, or an internal note in note mode) with intent and sentiment tags, and on a handoff an
 * internal note for the staff with the group of the queue, the priority and the handoff tag.
 */
public final class ReplyPlanner {

    /** Purpose of the update that carries the reply. */
    public static final String REPLY = "reply";
    /** Purpose of the update that hands the ticket to a group. */
    public static final String HANDOFF = "handoff";

    /** Sentiment score at or below which an upset customer's ticket is raised to high priority. */
    private static final double VERY_NEGATIVE = -0.5;

    private final ReplySettings settings;

    public ReplyPlanner(ReplySettings settings) {
        this.settings = settings;
    }

    /**
     * The updates for one reply, in the order to send them.
     *
     * @param message the customer message the reply answers
     * @param reply the assistant's reply
     * @return nothing when the assistant stays silent (a person owns the ticket), else the reply
     *     and, on a handoff, the handoff note
     */
    public List<TicketUpdate> plan(TicketEvent.CustomerMessage message, Reply reply) {
        if (reply.text().isBlank()) {
            return List.of();
        }
        List<TicketUpdate> updates = new ArrayList<>();
        String body = settings.asNote() ? "Suggested answer from Parley:\n\n" + reply.text() : reply.text();
        List<String> tags = understandingTags(reply);
        updates.add(new TicketUpdate(message.ticketId(), REPLY, body, !settings.asNote(), tags,
                null, raised(message.currentPriority(), sentimentPriority(reply))));
        Handoff handoff = reply.handoff();
        if (handoff != null) {
            OptionalLong group = settings.groups().groupFor(handoff.queue());
            Priority priority = message.currentPriority() == null ? handoff.priority()
                    : raised(message.currentPriority(), handoff.priority());
            // The reply's tags again: a host that replaces a ticket's tags (Freshdesk) must not lose them.
            List<String> handoffTags = new ArrayList<>(tags);
            handoffTags.add(settings.handoffTag());
            updates.add(new TicketUpdate(message.ticketId(), HANDOFF, HandoffSummary.of(handoff, reply), false,
                    handoffTags, group.isPresent() ? group.getAsLong() : null, priority));
        }
        return updates;
    }

    private List<String> understandingTags(Reply reply) {
        List<String> tags = new ArrayList<>();
        if (reply.understanding() == null) {
            return tags;
        }
        if (settings.tagIntent()) {
            tags.add(tag("intent_" + reply.understanding().intent().intent()));
        }
        Sentiment sentiment = reply.understanding().sentiment();
        if (settings.tagSentiment() && sentiment != null) {
            tags.add(tag("sentiment_" + sentiment.label().name()));
        }
        return tags;
    }

    /** An upset customer is more urgent; a calm one leaves the priority as the staff set it. */
    private static Priority sentimentPriority(Reply reply) {
        Sentiment sentiment = reply.understanding() == null ? null : reply.understanding().sentiment();
        if (sentiment == null || sentiment.label() != SentimentLabel.NEGATIVE) {
            return null;
        }
        return sentiment.score() <= VERY_NEGATIVE ? Priority.HIGH : Priority.NORMAL;
    }

    /**
     * The priority to set: only ever raised, and only when the current one is known, so the
     * assistant never lowers what staff chose.
     */
    private static Priority raised(Priority current, Priority wanted) {
        if (current == null || wanted == null || wanted.compareTo(current) <= 0) {
            return null;
        }
        return wanted;
    }

    /** A tag the helpdesks accept: lower case letters, digits and '_'. */
    static String tag(String name) {
        return ReplySettings.TAG_PREFIX + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    }
}
