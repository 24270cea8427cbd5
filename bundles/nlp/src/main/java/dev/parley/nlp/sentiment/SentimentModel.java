package dev.parley.nlp.sentiment;

import java.io.IOException;
import java.io.InputStream;

import dev.parley.api.nlp.Sentiment;
import dev.parley.nlp.model.ModelSource;

/**
 * A sentiment model as a model bundle carries it: the valence lexicon ({@value #LEXICON_FILE},
 * VADER's format), the emotion lexicon ({@value #EMOTIONS_FILE}) and, when it was trained on
 * labelled messages, a {@link PolarityBlend}; with the bundle's version.
 *
 * @param blend the trained polarity blend, or null for a lexicon-only model
 */
public record SentimentModel(SentimentEngine engine, PolarityBlend blend, String version) {

    public static final String LEXICON_FILE = "sentiment/lexicon.txt";
    public static final String EMOTIONS_FILE = "sentiment/emotions.tsv";

    public Sentiment analyze(String text) {
        Sentiment lexical = engine.analyze(text, version);
        if (blend == null) {
            return lexical;
        }
        double score = blend.adjust(text, lexical.score());
        return new Sentiment(score, SentimentEngine.label(score), lexical.emotion(), lexical.emotionConfidence(), version);
    }

    public static SentimentModel read(ModelSource source, String version) throws IOException {
        SentimentLexicon lexicon;
        try (InputStream in = source.open(LEXICON_FILE)) {
            lexicon = SentimentLexicon.read(in);
        }
        EmotionLexicon emotions;
        try (InputStream in = source.open(EMOTIONS_FILE)) {
            emotions = EmotionLexicon.read(in);
        } catch (IllegalArgumentException e) {
            throw new IOException(EMOTIONS_FILE + " is invalid: " + e.getMessage(), e);
        }
        return new SentimentModel(new SentimentEngine(lexicon, emotions),
                PolarityBlend.read(source, version).orElse(null), version);
    }
}
