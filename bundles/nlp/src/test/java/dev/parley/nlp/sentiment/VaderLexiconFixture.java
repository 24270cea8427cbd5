package dev.parley.nlp.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The real VADER lexicon, from the test-scoped vader-sentiment-analyzer jar, and an engine built on
 * it with Parley's English emotion lexicon. Loaded once: both are immutable.
 */
final class VaderLexiconFixture {

    static final String MODEL_VERSION = "test-1.0.0";

    private static final SentimentLexicon LEXICON = load();
    private static final SentimentEngine ENGINE =
            new SentimentEngine(LEXICON, EmotionLexicon.english());

    private VaderLexiconFixture() {
    }

    static SentimentLexicon lexicon() {
        return LEXICON;
    }

    static SentimentEngine engine() {
        return ENGINE;
    }

    private static SentimentLexicon load() {
        try (InputStream in = VaderLexiconFixture.class.getResourceAsStream(
                "/vader_sentiment_lexicon.txt")) {
            if (in == null) {
                throw new IllegalStateException("vader_sentiment_lexicon.txt is not on the test"
                        + " classpath: is the vader-sentiment-analyzer test dependency missing?");
            }
            return SentimentLexicon.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
