package dev.parley.assistant;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.Understanding;
import java.util.List;

/**
 * What NLP made of one message.
 *
 * @param understanding intent, entities and sentiment; when no classifier answered, an
 *     out-of-scope prediction with confidence 0 stands in, so that skills always get one
 * @param classified whether an intent classifier answered
 * @param intentModel the intent model's name and version, or {@code null}
 */
record Nlu(Understanding understanding, boolean classified, String intentModel) {

    String intent() {
        return understanding.intent().intent();
    }

    double confidence() {
        return understanding.intent().confidence();
    }

    boolean outOfScope() {
        return understanding.intent().outOfScope();
    }

    List<Entity> entities() {
        return understanding.entities();
    }

    /** The sentiment, or {@code null} when no analyzer answered. */
    Sentiment sentiment() {
        return understanding.sentiment();
    }

    /** In scope with at least {@code threshold} confidence: safe to act on. */
    boolean confident(double threshold) {
        return !outOfScope() && confidence() >= threshold;
    }

    static IntentPrediction notClassified() {
        return new IntentPrediction(IntentPrediction.OUT_OF_SCOPE, 0.0, List.of(), true, "none");
    }
}
