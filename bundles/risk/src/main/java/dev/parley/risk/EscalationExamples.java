package dev.parley.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.risk.MessageSignals;

/**
 * Turns conversation histories into training cases: one per customer message before the first
 * handoff, labelled by whether a later message of that conversation was handed to a person.
 * Conversations handed off because of a prediction are left out: learning from them would teach
 * the model its own decisions.
 */
public final class EscalationExamples {

    private EscalationExamples() {
    }

    /** @param histories any order; each customer's past handoffs are counted in the order of creation */
    public static Examples of(List<ConversationHistory> histories) {
        List<ConversationHistory> sorted = new ArrayList<>(histories);
        sorted.sort(Comparator.comparing(ConversationHistory::createdAt));
        Map<String, Integer> pastHandoffs = new HashMap<>();
        Examples examples = new Examples();
        for (ConversationHistory history : sorted) {
            int past = history.customerId() == null ? 0 : pastHandoffs.getOrDefault(history.customerId(), 0);
            addPrefixes(history, past, examples);
            if (history.customerId() != null && history.handedOff()) {
                pastHandoffs.merge(history.customerId(), 1, Integer::sum);
            }
        }
        return examples;
    }

    private static void addPrefixes(ConversationHistory history, int pastHandoffs, Examples examples) {
        List<ConversationHistory.Turn> turns = history.turns();
        int firstHandoff = -1;
        for (int i = 0; i < turns.size() && firstHandoff < 0; i++) {
            if (turns.get(i).handoffTrigger() != null) {
                firstHandoff = i;
            }
        }
        if (firstHandoff >= 0
                && HandoffTrigger.PREDICTED_ESCALATION.name().equals(turns.get(firstHandoff).handoffTrigger())) {
            return;
        }
        int end = firstHandoff < 0 ? turns.size() : firstHandoff;
        List<MessageSignals> soFar = new ArrayList<>();
        for (int t = 0; t < end; t++) {
            soFar.add(turns.get(t).signals());
            examples.add(EscalationFeatures.of(soFar, pastHandoffs), firstHandoff > t);
        }
    }
}
