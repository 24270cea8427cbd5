package dev.parley.nlp.sentiment;

import java.io.IOException;
import java.io.InputStream;

import dev.parley.api.nlp.Sentiment;
import dev.parley.nlp.model.ModelSource;

/**
 * A sentiment model as a model bundle carries it: the valence lexicon ({@value #LEXICON_FILE},
 * VADER's format) and the emotion lexicon ({@value #EMOTIONS_FILE}), with the bundle's version.
 */
public record SentimentModel(SentimentEngine engine, String version) {

    public static final String LEXICON_FILE = "sentiment/lexicon.txt";
    public static final String EMOTIONS_FILE = "sentiment/emotions.tsv";

    public Sentiment analyze(String text) {
        return engine.analyze(text, version);
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
        return new SentimentModel(new SentimentEngine(lexicon, emotions), version);
    }
}
