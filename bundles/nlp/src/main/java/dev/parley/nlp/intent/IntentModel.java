package dev.parley.nlp.intent;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.ScoredIntent;
import dev.parley.nlp.model.ModelFiles;
import dev.parley.nlp.model.ModelSource;

/**
 * A trained intent model: a {@link Categorizer} over {@link IntentFeatures}, a temperature that
 * calibrates its probabilities, and the confidence below which a message is out of scope. Immutable
 * and thread-safe.
 */
public final class IntentModel {

    /** The folder of an intent model's files in a model bundle. */
    public static final String FOLDER = "intent";
    private static final String SETTINGS_FILE = "/model.properties";
    private static final String FORMAT_SETTING = "model.format";
    private static final int ALTERNATIVES = 5;

    private final Categorizer categorizer;
    private final IntentFeatures features;
    private final double temperature;
    private final double oosThreshold;
    private final String version;
    private final String[] labels;

    IntentModel(Categorizer categorizer, IntentFeatures features, double temperature, double oosThreshold,
            String version) {
        this.categorizer = categorizer;
        this.features = features;
        this.temperature = temperature;
        this.oosThreshold = oosThreshold;
        this.version = version;
        this.labels = categorizer.labels();
    }

    public IntentPrediction predict(String text) {
        String[] tokens = features.tokens(text);
        double[] probabilities = Calibration.soften(rawProbabilities(tokens), temperature);
        Integer[] ranked = new Integer[labels.length];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = i;
        }
        Arrays.sort(ranked, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
        List<ScoredIntent> alternatives = new ArrayList<>(ALTERNATIVES);
        for (int i = 0; i < Math.min(ALTERNATIVES, ranked.length); i++) {
            alternatives.add(new ScoredIntent(labels[ranked[i]], probabilities[ranked[i]]));
        }
        String top = labels[ranked[0]];
        double confidence = probabilities[ranked[0]];
        if (IntentPrediction.OUT_OF_SCOPE.equals(top)) {
            return new IntentPrediction(top, confidence, alternatives, true, version);
        }
        if (confidence < oosThreshold || IntentFeatures.hasNoWords(tokens)) {
            return new IntentPrediction(IntentPrediction.OUT_OF_SCOPE, 1 - confidence, alternatives, true, version);
        }
        return new IntentPrediction(top, confidence, alternatives, false, version);
    }

    /** Calibrated probability of every label, in the order of {@link #labels()}. */
    double[] probabilities(String text) {
        return Calibration.soften(rawProbabilities(features.tokens(text)), temperature);
    }

    double[] rawProbabilities(String[] tokens) {
        return categorizer.probabilities(tokens);
    }

    public List<String> labels() {
        return List.of(labels);
    }

    public String version() {
        return version;
    }

    public double oosThreshold() {
        return oosThreshold;
    }

    public double temperature() {
        return temperature;
    }

    IntentFeatures features() {
        return features;
    }

    IntentModel withCalibration(double newTemperature, double newThreshold) {
        return new IntentModel(categorizer, features, newTemperature, newThreshold, version);
    }

    /** The files that make up this model, by path, for a model jar. */
    public Map<String, byte[]> files(Properties extra) throws IOException {
        return files(extra, FOLDER);
    }

    /** The files that make up this model, under the given folder of a model jar. */
    public Map<String, byte[]> files(Properties extra, String folder) throws IOException {
        Properties settings = new Properties();
        settings.putAll(extra);
        features.store(settings);
        settings.setProperty(FORMAT_SETTING, categorizer.format());
        settings.setProperty("calibration.temperature", Double.toString(temperature));
        settings.setProperty("oos.threshold", Double.toString(oosThreshold));
        Map<String, byte[]> files = new LinkedHashMap<>(categorizer.files(folder));
        files.put(folder + SETTINGS_FILE, ModelFiles.properties(settings));
        return files;
    }

    public static IntentModel read(ModelSource source, String version) throws IOException {
        return read(source, version, FOLDER);
    }

    /** Reads a categorizer saved under the given folder of a model bundle. */
    public static IntentModel read(ModelSource source, String version, String folder) throws IOException {
        Properties settings = new Properties();
        try (InputStream in = source.open(folder + SETTINGS_FILE)) {
            settings.load(in);
        }
        // Models written before there was a choice of format are OpenNLP's.
        String format = settings.getProperty(FORMAT_SETTING, OpenNlpCategorizer.FORMAT);
        Categorizer categorizer = switch (format) {
            case OpenNlpCategorizer.FORMAT -> OpenNlpCategorizer.read(source, folder);
            case SoftmaxCategorizer.FORMAT -> SoftmaxCategorizer.read(source, folder);
            default -> throw new IOException(folder + SETTINGS_FILE + " names an unknown model format '" + format
                    + "'; this Parley reads " + OpenNlpCategorizer.FORMAT + " and " + SoftmaxCategorizer.FORMAT);
        };
        try {
            return new IntentModel(categorizer, IntentFeatures.load(settings),
                    Double.parseDouble(settings.getProperty("calibration.temperature", "1")),
                    Double.parseDouble(settings.getProperty("oos.threshold", "0")), version);
        } catch (IllegalArgumentException e) {
            throw new IOException(folder + SETTINGS_FILE + " is invalid: " + e.getMessage(), e);
        }
    }
}
