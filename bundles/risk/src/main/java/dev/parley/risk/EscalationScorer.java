package dev.parley.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.parley.api.risk.EscalationAssessment;
import dev.parley.api.risk.MessageSignals;

/** Scores a live conversation with the current escalation model. */
final class EscalationScorer {

    static final int FACTORS = 3;

    private final StoreHistory store;
    private final Supplier<FittedModel> model;

    EscalationScorer(StoreHistory store, Supplier<FittedModel> model) {
        this.store = store;
        this.model = model;
    }

    Optional<EscalationAssessment> assess(String conversationId, MessageSignals current) {
        Optional<ConversationHistory> found = store.conversation(conversationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConversationHistory history = found.get();
        List<MessageSignals> turns = new ArrayList<>();
        history.turns().forEach(turn -> turns.add(turn.signals()));
        if (current != null) {
            turns.add(current);
        }
        FittedModel fitted = model.get();
        if (turns.isEmpty()) {
            // Nothing said yet: the average case of the model, without factors.
            return Optional.of(new EscalationAssessment(conversationId, LogisticModel.sigmoid(fitted.model().bias()),
                    List.of(), fitted.info()));
        }
        double[] features = EscalationFeatures.of(turns, store.pastHandoffs(history.customerId(), history.createdAt()));
        return Optional.of(new EscalationAssessment(conversationId, fitted.model().probability(features),
                fitted.model().factors(features, FACTORS), fitted.info()));
    }
}
