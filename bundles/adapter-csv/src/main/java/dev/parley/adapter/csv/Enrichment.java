package dev.parley.adapter.csv;

import java.util.List;

/**
 * What Parley adds to a ticket. Holds no customer text: entity types, not their values.
 *
 * @param intent the intent name ({@code oos} when out of scope)
 * @param intentConfidence the classifier's confidence in [0, 1]
 * @param sentimentScore polarity in [-1, 1]
 * @param sentimentLabel {@code NEGATIVE}, {@code NEUTRAL} or {@code POSITIVE}
 * @param emotion the dominant emotion, e.g. {@code FRUSTRATION}
 * @param entityTypes the kinds of fact found in the text (e.g. {@code order_number}), each once
 * @param queue the queue the handoff router suggests
 * @param priority the priority it suggests, e.g. {@code HIGH}
 * @param articleId the best knowledge article, or {@code null} if none is relevant
 * @param articleTitle its title, or {@code null}
 * @param articleScore its relevance, or {@code null}
 * @param intentModel the version of the intent model that classified it
 * @param sentimentModel the version of the sentiment model
 */
record Enrichment(
        String intent,
        double intentConfidence,
        double sentimentScore,
        String sentimentLabel,
        String emotion,
        List<String> entityTypes,
        String queue,
        String priority,
        String articleId,
        String articleTitle,
        Double articleScore,
        String intentModel,
        String sentimentModel) {

    /** The columns the enriched output adds after the export's own, in the order of {@link #values()}. */
    static final List<String> COLUMNS = List.of("parley_intent", "parley_intent_confidence", "parley_sentiment_score",
            "parley_sentiment", "parley_emotion", "parley_entities", "parley_queue", "parley_priority",
            "parley_article", "parley_article_title", "parley_article_score");

    /** The values of {@link #COLUMNS}: numbers with three decimals, absent values empty. */
    List<String> values() {
        return List.of(intent, format(intentConfidence), format(sentimentScore), sentimentLabel, emotion,
                String.join(" ", entityTypes), queue, priority, articleId == null ? "" : articleId,
                articleTitle == null ? "" : articleTitle, articleScore == null ? "" : format(articleScore));
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
