package dev.parley.assistant;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The assistant's configuration as plain values, checked and defaulted by
 * {@link SettingsReader}, so that the dialogue classes never see OSGi types.
 *
 * @param maxTextLength the longest message text accepted, in chars
 * @param staleRetries how often a turn is redone when another node changed the conversation
 * @param defaultLocale the language when neither the message nor the conversation names one
 * @param timeZone the business's time zone: relative dates, expected response times
 * @param confidenceThreshold intents below it are treated as not understood
 * @param lowConfidenceTurns that many not-understood turns in a row hand off
 * @param negativeSentimentThreshold a sentiment score at or below it hands off
 * @param angerMinConfidence the emotion confidence from which anger hands off
 * @param humanRequestPhrases words that ask for a person, lower case
 * @param sensitiveIntents intents that always go to a person
 * @param sensitiveKeywords words that always send a message to a person, lower case
 * @param pendingEscapeConfidence the confidence from which another intent ends a pending question
 * @param knowledgeMinScore the knowledge-base score from which a hit counts as an answer
 * @param defaultQueue the queue of a handoff when no handoff router is installed
 * @param historyLimit how many past conversations personalization reads
 * @param predictedEscalationThreshold the escalation risk from which a person takes over; 1 switches it off
 */
record AssistantSettings(
        int maxTextLength,
        int staleRetries,
        Locale defaultLocale,
        ZoneId timeZone,
        double confidenceThreshold,
        int lowConfidenceTurns,
        double negativeSentimentThreshold,
        double angerMinConfidence,
        List<String> humanRequestPhrases,
        Set<String> sensitiveIntents,
        List<String> sensitiveKeywords,
        double pendingEscapeConfidence,
        double knowledgeMinScore,
        String defaultQueue,
        int historyLimit,
        double predictedEscalationThreshold) {

    static final int DEFAULT_MAX_TEXT_LENGTH = 8192;
    static final int DEFAULT_STALE_RETRIES = 3;
    static final String DEFAULT_LOCALE = "en";
    static final double DEFAULT_CONFIDENCE_THRESHOLD = 0.5;
    static final int DEFAULT_LOW_CONFIDENCE_TURNS = 2;
    static final double DEFAULT_NEGATIVE_SENTIMENT_THRESHOLD = -0.6;
    static final double DEFAULT_ANGER_MIN_CONFIDENCE = 0.5;
    static final double DEFAULT_PENDING_ESCAPE_CONFIDENCE = 0.8;
    static final double DEFAULT_KNOWLEDGE_MIN_SCORE = 0.0;
    static final String DEFAULT_QUEUE = "general";
    static final int DEFAULT_HISTORY_LIMIT = 3;
    static final double DEFAULT_PREDICTED_ESCALATION_THRESHOLD = 0.9;

    AssistantSettings {
        humanRequestPhrases = List.copyOf(humanRequestPhrases);
        sensitiveIntents = Set.copyOf(sensitiveIntents);
        sensitiveKeywords = List.copyOf(sensitiveKeywords);
    }

    /** These settings in another time zone (tests and business-hours texts). */
    AssistantSettings withTimeZone(ZoneId zone) {
        return new AssistantSettings(maxTextLength, staleRetries, defaultLocale, zone, confidenceThreshold,
                lowConfidenceTurns, negativeSentimentThreshold, angerMinConfidence, humanRequestPhrases,
                sensitiveIntents, sensitiveKeywords, pendingEscapeConfidence, knowledgeMinScore, defaultQueue,
                historyLimit, predictedEscalationThreshold);
    }

    /** These settings with another knowledge-base score threshold. */
    AssistantSettings withKnowledgeMinScore(double score) {
        return new AssistantSettings(maxTextLength, staleRetries, defaultLocale, timeZone, confidenceThreshold,
                lowConfidenceTurns, negativeSentimentThreshold, angerMinConfidence, humanRequestPhrases,
                sensitiveIntents, sensitiveKeywords, pendingEscapeConfidence, score, defaultQueue, historyLimit,
                predictedEscalationThreshold);
    }
}
