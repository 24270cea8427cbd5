package dev.parley.assistant;

import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Sentiment;
import java.util.Locale;
import java.util.Optional;

/**
 * The handoff triggers, decided from structured facts (intent, sentiment, streaks, skill outcomes)
 * and configured phrase lists, never from the text of a reply.
 */
final class EscalationPolicy {

    static final String TALK_TO_HUMAN = "talk_to_human";

    private final AssistantSettings settings;
    private final PhraseMatcher humanRequest;
    private final PhraseMatcher sensitiveWords;

    EscalationPolicy(AssistantSettings settings) {
        this.settings = settings;
        this.humanRequest = new PhraseMatcher(settings.humanRequestPhrases());
        this.sensitiveWords = new PhraseMatcher(settings.sensitiveKeywords());
    }

    /**
     * The triggers checked before any skill runs, strongest first: the customer asking for a
     * person, a sensitive topic, an upset customer.
     */
    Optional<Escalation> beforeSkill(Nlu nlu, String text) {
        if (asksForPerson(nlu, text)) {
            return Optional.of(new Escalation(HandoffTrigger.CUSTOMER_REQUEST, "customer asked for a person"));
        }
        if (nlu.confident(settings.confidenceThreshold()) && settings.sensitiveIntents().contains(nlu.intent())) {
            return Optional.of(new Escalation(HandoffTrigger.SENSITIVE_INTENT,
                    "sensitive request (" + nlu.intent() + ")"));
        }
        if (sensitiveWords.matches(text)) {
            return Optional.of(new Escalation(HandoffTrigger.SENSITIVE_INTENT, "message names a sensitive topic"));
        }
        return upset(nlu.sentiment());
    }

    /** Whether this message asks for a person, in any wording; such a request is always honoured. */
    boolean asksForPerson(Nlu nlu, String text) {
        return TALK_TO_HUMAN.equals(nlu.intent()) && nlu.confident(settings.confidenceThreshold())
                || humanRequest.matches(text);
    }

    /** Whether this many not-understood turns in a row call for a person. */
    Optional<Escalation> afterNotUnderstood(int streak) {
        return streak >= settings.lowConfidenceTurns()
                ? Optional.of(new Escalation(HandoffTrigger.LOW_CONFIDENCE,
                        "assistant did not understand " + streak + " messages in a row"))
                : Optional.empty();
    }

    static Escalation skillFailed(String skill, String reason) {
        return new Escalation(HandoffTrigger.SKILL_FAILURE,
                "skill " + skill + " could not help" + (reason == null ? "" : ": " + reason));
    }

    static Escalation skillAsked(String skill, String reason) {
        return new Escalation(HandoffTrigger.POLICY, reason + " (skill " + skill + ")");
    }

    private Optional<Escalation> upset(Sentiment sentiment) {
        if (sentiment == null) {
            return Optional.empty();
        }
        if (sentiment.emotion() == Emotion.ANGER && sentiment.emotionConfidence() >= settings.angerMinConfidence()) {
            return Optional.of(new Escalation(HandoffTrigger.NEGATIVE_SENTIMENT, "customer is angry"));
        }
        if (sentiment.score() <= settings.negativeSentimentThreshold()) {
            return Optional.of(new Escalation(HandoffTrigger.NEGATIVE_SENTIMENT,
                    String.format(Locale.ROOT, "customer is upset (sentiment %.2f)", sentiment.score())));
        }
        return Optional.empty();
    }
}
