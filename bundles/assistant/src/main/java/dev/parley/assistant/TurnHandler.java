package dev.parley.assistant;

import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.Owner;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Handles one attempt at a message for a conversation as read: silence while a person owns it,
 * otherwise understanding, slots, identity and the dialogue's decision. Changes nothing in the
 * store; the {@link TurnPipeline} saves the result.
 */
final class TurnHandler {

    /** Private slot counting the assistant's turns, to know a conversation's first one. */
    static final String TURNS = "assistant.turns";

    private final AssistantSettings settings;
    private final Clock clock;
    private final Understander understander = new Understander();
    private final SlotFiller slotFiller = new SlotFiller();
    private final IdentityVerifier identityVerifier = new IdentityVerifier();
    private final DialogueManager dialogue;

    TurnHandler(AssistantSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.dialogue = new DialogueManager(settings);
    }

    HandledTurn handle(TurnInput turn, long startNanos) {
        Conversation conversation = turn.conversation();
        ConversationState state = conversation.state();
        if (state.owner() == Owner.RESOLVED) {
            state = reopened(state);
        }
        // Understood also when a person owns the conversation: the reply tells the host how the
        // customer feels, e.g. to alert the agent.
        Nlu nlu = understander.understand(turn.message().text(), turn.message().sentAt(), turn.locale(),
                settings.timeZone(), turn.services());
        if (state.owner() == Owner.HUMAN) {
            return TurnRecorder.silent(turn, state, nlu);
        }
        Instant now = clock.instant();
        SlotFiller.Filled filled = slotFiller.fill(state.slots(), nlu.entities(), turn.message().text());
        Identity identity = identityVerifier.verify(turn.message().customer(), state.verifiedCustomerId(),
                filled.slots(), nlu.entities(), turn.services());
        int turnsBefore = turnsBefore(filled.slots());
        TurnDraft draft = new TurnDraft(state, filled.slots(), identity.verifiedCustomerId());
        dialogue.decide(turn, nlu, identity, filled.preferredNameStated(), turnsBefore == 0, draft, now);
        draft.slots = withTurnCount(draft.slots, turnsBefore + 1);
        return TurnRecorder.answered(turn, nlu, draft, now, startNanos);
    }

    /** A resolved conversation that the customer writes to again starts afresh with the assistant. */
    private static ConversationState reopened(ConversationState state) {
        return new ConversationState(Owner.ASSISTANT, HandoffMarkers.clear(state.slots()), null,
                state.verifiedCustomerId(), 0);
    }

    private static int turnsBefore(Map<String, String> slots) {
        try {
            return Integer.parseInt(slots.getOrDefault(TURNS, "0"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Map<String, String> withTurnCount(Map<String, String> slots, int turns) {
        Map<String, String> counted = new HashMap<>(slots);
        counted.put(TURNS, Integer.toString(turns));
        return Map.copyOf(counted);
    }
}
