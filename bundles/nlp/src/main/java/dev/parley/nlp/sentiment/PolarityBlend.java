package dev.parley.nlp.sentiment;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import dev.parley.api.nlp.ScoredIntent;
import dev.parley.nlp.intent.IntentModel;
import dev.parley.nlp.model.ModelFiles;
import dev.parley.nlp.model.ModelSource;

/**
 * A polarity classifier trained on a shop's own labelled messages, blended with the lexicon: the
 * score becomes {@code lexicon + weight * (P(positive) - P(negative))}, clamped to [-1, 1]. The
 * lexicon knows words in general; the classifier knows how this shop's customers write. The
 * weight is chosen on held-out rows when the model is trained.
 */
public record PolarityBlend(IntentModel classifier, double weight) {

    /** Where a model bundle keeps the classifier and the weight. */
    public static final String FOLDER = "sentiment/polarity";
    private static final String WEIGHT_FILE = FOLDER + "/blend.properties";

    public double adjust(String text, double lexiconScore) {
        double positive = 0;
        double negative = 0;
        for (ScoredIntent label : classifier.predict(text).alternatives()) {
            if (label.intent().equals("positive")) {
                positive = label.confidence();
            } else if (label.intent().equals("negative")) {
                negative = label.confidence();
            }
        }
        return Math.max(-1, Math.min(1, lexiconScore + weight * (positive - negative)));
    }

    public Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>(classifier.files(new Properties(), FOLDER));
        Properties settings = new Properties();
        settings.setProperty("weight", Double.toString(weight));
        files.put(WEIGHT_FILE, ModelFiles.properties(settings));
        return files;
    }

    /** The blend of a model bundle, or empty when it has none (a lexicon-only model). */
    public static Optional<PolarityBlend> read(ModelSource source, String version) throws IOException {
        Properties settings = new Properties();
        try (InputStream in = source.open(WEIGHT_FILE)) {
            settings.load(in);
        } catch (FileNotFoundException noBlend) {
            return Optional.empty();
        }
        try {
            double weight = Double.parseDouble(settings.getProperty("weight", ""));
            return Optional.of(new PolarityBlend(IntentModel.read(source, version, FOLDER), weight));
        } catch (NumberFormatException e) {
            throw new IOException(WEIGHT_FILE + " has no valid weight", e);
        }
    }
}
