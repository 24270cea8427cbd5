package dev.parley.api.nlp;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Tells how a customer feels from the text of one message: polarity and the dominant emotion.
 * The handoff router uses it to bring in a person before an upset customer gives up.
 *
 * <p>Implementations are thread-safe. The model behind the service can be swapped while it runs;
 * each {@link Sentiment} names the model version that produced it.
 */
@ProviderType
public interface SentimentAnalyzer {

    /**
     * Analyzes one message.
     *
     * @param text the customer's text, as written; empty text is neutral
     * @return the sentiment, never {@code null}
     * @throws NullPointerException if {@code text} is {@code null}
     */
    Sentiment analyze(String text);

    /**
     * Describes the model that currently answers {@link #analyze(String)}.
     *
     * @return the active model, never {@code null}
     */
    ModelInfo model();
}
