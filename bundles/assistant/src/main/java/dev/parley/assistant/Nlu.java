package dev.parley.assistant;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.ScoredIntent;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.Understanding;
import java.util.List;
import java.util.Set;

/**
 * What NLP made of one message.
 *
 * @param understanding intent, entities and sentiment; when no classifier answered, an
 *     out-of-scope prediction with confidence 0 stands in, so that skills always get one
 * @param classified whether an intent classifier answered
 * @param intentModel the intent model's name and version, or {@code null}
 */
record Nlu(Understanding understanding, boolean classified, String intentModel) {

    /** Intents about the conversation itself rather than a topic a team handles. */
    private static final Set<String> MANNER_INTENTS = Set.of("complaint", "talk_to_human", "greeting", "thanks",
            "goodbye", "affirm", "deny");

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

    /**
     * The intent that says what the message is about, for routing a handoff: the top intent, or,
     * when that only says how the customer talks ("I want a person", "this is outrageous"), the
     * best-ranked topic among the alternatives, as long as it ranks above out of scope. A complaint
     * about a broken parcel then goes to the team for damaged items rather than to the default.
     */
    String topicIntent() {
        if (!classified) {
            return null;
        }
        if (!MANNER_INTENTS.contains(intent()) && !outOfScope()) {
            return intent();
        }
        for (ScoredIntent alternative : understanding.intent().alternatives()) {
            if (IntentPrediction.OUT_OF_SCOPE.equals(alternative.intent())) {
                break;
            }
            if (!MANNER_INTENTS.contains(alternative.intent())) {
                return alternative.intent();
            }
        }
        return intent();
    }

    static IntentPrediction notClassified() {
        return new IntentPrediction(IntentPrediction.OUT_OF_SCOPE, 0.0, List.of(), true, "none");
    }
}
