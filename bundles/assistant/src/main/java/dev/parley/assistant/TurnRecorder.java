package dev.parley.assistant;

import dev.parley.api.Priority;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.store.Author;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.Decision;
import dev.parley.api.store.StoredMessage;
import dev.parley.api.store.Turn;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a decided turn into what the store keeps (messages with the {@link Decision}) and what the
 * host gets (the {@link Reply}), and rebuilds the reply of a turn stored before.
 *
 * <p>A <em>silent</em> reply, while a person owns the conversation, has empty text, no quick
 * replies and a non-null {@link Reply#handoff()}: the host sends nothing to the customer. It
 * still carries the message's understanding (sentiment for the agent), except when replayed.
 */
final class TurnRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(TurnRecorder.class);

    /** The outcomes whose reply the skill wrote. */
    private static final Set<SkillOutcome> SKILL_ANSWERS = EnumSet.of(SkillOutcome.ANSWERED,
            SkillOutcome.NEEDS_INPUT, SkillOutcome.NEEDS_CONFIRMATION, SkillOutcome.COMPLETED_ACTION);

    /** Suffix of the id of the assistant's reply to a customer message, unique per channel like it. */
    static final String REPLY_ID_SUFFIX = "#reply";

    private TurnRecorder() {
    }

    static HandledTurn silent(TurnInput turn, ConversationState state, Nlu nlu) {
        LOG.debug("Conversation {} is owned by a person: message stored, no reply", turn.conversation().id());
        Turn stored = new Turn(customerMessage(turn), null, state);
        Reply silent = silentReply(turn.conversation().id(), state);
        return new HandledTurn(stored, new Reply(silent.conversationId(), silent.text(), silent.quickReplies(),
                nlu.classified() ? nlu.understanding() : null, null, silent.handoff(), false, List.of()));
    }

    static HandledTurn answered(TurnInput turn, Nlu nlu, TurnDraft draft, Instant now, long startNanos) {
        List<String> quickReplies = ReplyComposer.quickReplies(draft.quickReplies, draft.awaitingInput());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        Decision decision = decision(nlu, draft, millis);
        LOG.debug("Conversation {}: intent {} ({}), skill {}, outcome {}, handoff {} {}, ticket {}, {} ms",
                turn.conversation().id(), decision.intent(), String.format(Locale.ROOT, "%.2f", decision.confidence()),
                decision.skill(), decision.outcome(), decision.handoffQueue(), decision.handoffTrigger(),
                decision.ticketId(), millis);
        String conversationId = turn.conversation().id();
        StoredMessage reply = new StoredMessage(conversationId, 0, Author.ASSISTANT,
                turn.message().messageId() + REPLY_ID_SUFFIX, draft.text, now, quickReplies, decision);
        Turn stored = new Turn(customerMessage(turn), reply, draft.stateAfter());
        Reply answer = new Reply(conversationId, draft.text, quickReplies, nlu.classified() ? nlu.understanding() : null,
                SKILL_ANSWERS.contains(draft.outcome) ? draft.skill : null, draft.passedOn ? draft.handoff : null,
                draft.awaitingInput(), List.of());
        return new HandledTurn(stored, answer);
    }

    /**
     * The reply of a turn stored before. Its understanding is what the decision recorded: intent,
     * confidence and sentiment, without entities.
     */
    static Reply replay(Turn turn) {
        String conversationId = turn.customerMessage().conversationId();
        if (turn.reply() == null) {
            return silentReply(conversationId, turn.stateAfter());
        }
        Decision decision = turn.reply().decision();
        if (decision == null) {
            return new Reply(conversationId, turn.reply().text(), turn.reply().quickReplies(), null, null, null,
                    turn.stateAfter().pendingSkill() != null, List.of());
        }
        Handoff handoff = decision.handoffQueue() != null && decision.ticketId() != null
                ? HandoffMarkers.handoff(turn.stateAfter().slots()).orElse(null) : null;
        boolean skillAnswered = decision.outcome() != null && SKILL_ANSWERS.stream()
                .anyMatch(o -> o.name().equals(decision.outcome()));
        return new Reply(conversationId, turn.reply().text(), turn.reply().quickReplies(),
                RecordedUnderstanding.of(decision), skillAnswered ? decision.skill() : null, handoff,
                turn.stateAfter().pendingSkill() != null, List.of());
    }

    private static Reply silentReply(String conversationId, ConversationState state) {
        Handoff handoff = HandoffMarkers.handoff(state.slots()).orElseGet(() -> new Handoff("agent",
                HandoffTrigger.POLICY, "a person answers this conversation", Priority.NORMAL, null, null, true));
        return new Reply(conversationId, "", List.of(), null, null, handoff, false, List.of());
    }

    private static StoredMessage customerMessage(TurnInput turn) {
        IncomingMessage message = turn.message();
        // The store numbers the messages of a conversation; 0 leaves the sequence to it.
        return new StoredMessage(turn.conversation().id(), 0, Author.CUSTOMER, message.messageId(), message.text(),
                message.sentAt(), List.of(), null);
    }

    private static Decision decision(Nlu nlu, TurnDraft draft, long millis) {
        Sentiment sentiment = nlu.sentiment();
        Handoff handoff = draft.handoff;
        return new Decision(nlu.intent(), nlu.confidence(), nlu.intentModel(),
                sentiment == null ? 0.0 : sentiment.score(),
                sentiment == null ? null : sentiment.label().name().toLowerCase(Locale.ROOT),
                sentiment == null ? null : sentiment.emotion().name().toLowerCase(Locale.ROOT),
                draft.skill, draft.outcome == null ? null : draft.outcome.name(),
                handoff == null ? null : handoff.queue(), handoff == null ? null : handoff.trigger().name(),
                handoff == null ? null : handoff.ticketId(), millis);
    }
}
