package dev.parley.assistant;

import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import dev.parley.api.nlp.Understanding;
import dev.parley.api.store.Decision;
import java.util.List;
import java.util.Locale;

/** The understanding a stored {@link Decision} records, for the reply to a retried message. */
final class RecordedUnderstanding {

    private RecordedUnderstanding() {
    }

    /** The recorded understanding, or {@code null} when no classifier ran for the message. */
    static Understanding of(Decision decision) {
        if (decision.intentModel() == null) {
            return null;
        }
        try {
            String version = decision.intentModel().substring(decision.intentModel().lastIndexOf(' ') + 1);
            boolean outOfScope = IntentPrediction.OUT_OF_SCOPE.equals(decision.intent());
            IntentPrediction intent = new IntentPrediction(decision.intent(), decision.confidence(), List.of(),
                    outOfScope, version);
            Sentiment sentiment = decision.sentimentLabel() == null ? null : new Sentiment(decision.sentimentScore(),
                    SentimentLabel.valueOf(decision.sentimentLabel().toUpperCase(Locale.ROOT)),
                    decision.emotion() == null ? Emotion.NEUTRAL
                            : Emotion.valueOf(decision.emotion().toUpperCase(Locale.ROOT)),
                    0.0, "recorded");
            return new Understanding(intent, List.of(), sentiment);
        } catch (IllegalArgumentException e) {
            // A decision written by another version with other names: the reply stands without it.
            return null;
        }
    }
}
