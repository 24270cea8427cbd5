package dev.parley.nlp.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Fits a {@link SoftmaxCategorizer} by stochastic gradient descent on the cross-entropy, with a
 * learning rate that decays linearly to zero (as fastText does). Features seen in fewer than
 * {@code cutoff} messages are dropped: they cannot generalize and only cost memory.
 */
final class SoftmaxTrainer {

    /**
     * @param epochs passes over the data
     * @param learningRate the initial step size
     * @param cutoff minimum number of messages a feature must occur in
     * @param wordBoost how much more a word or word bigram counts than a character n-gram
     * @param seed for the order of the examples, so a training run can be repeated
     */
    record Settings(int epochs, double learningRate, int cutoff, double wordBoost, long seed) {

        /** Chosen on Banking77 and CLINC150 splits: 0.90–0.91 accuracy on Banking77 in seconds. */
        static Settings defaults() {
            return new Settings(30, 1.0, 2, 2.0, 42);
        }
    }

    private final Settings settings;

    SoftmaxTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Trains on feature tokens and their labels, one entry per message. */
    SoftmaxCategorizer train(List<String[]> documents, List<String> documentLabels) {
        String[] labels = new TreeSet<>(documentLabels).toArray(String[]::new);
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            labelIndex.put(labels[i], i);
        }
        Map<String, Integer> documentFrequency = documentFrequency(documents);
        Map<String, Integer> features = new HashMap<>();
        List<Float> values = new ArrayList<>();
        for (String token : new TreeSet<>(documentFrequency.keySet())) {
            int frequency = documentFrequency.get(token);
            if (frequency >= settings.cutoff()) {
                features.put(token, features.size());
                double idf = Math.log((documents.size() + 1.0) / (frequency + 1.0)) + 1;
                values.add((float) (IntentFeatures.isCharacterNgram(token) ? idf : idf * settings.wordBoost()));
            }
        }
        float[] featureValues = new float[values.size()];
        for (int i = 0; i < featureValues.length; i++) {
            featureValues[i] = values.get(i);
        }
        List<int[]> encoded = new ArrayList<>(documents.size());
        for (String[] document : documents) {
            encoded.add(encode(document, features));
        }
        int labelCount = labels.length;
        float[] weights = new float[features.size() * labelCount];
        float[] bias = new float[labelCount];
        int[] order = new int[encoded.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        long steps = (long) settings.epochs() * order.length;
        long step = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int d : order) {
                double rate = settings.learningRate() * (1 - (double) step++ / steps);
                int[] active = encoded.get(d);
                double[] x = SoftmaxCategorizer.unitVector(active, active.length, featureValues);
                double[] gradient = SoftmaxCategorizer.probabilities(active, x, active.length, weights, bias,
                        labelCount);
                gradient[labelIndex.get(documentLabels.get(d))] -= 1;
                for (int c = 0; c < labelCount; c++) {
                    bias[c] -= (float) (rate * gradient[c]);
                }
                for (int i = 0; i < active.length; i++) {
                    int row = active[i] * labelCount;
                    double scaled = rate * x[i];
                    for (int c = 0; c < labelCount; c++) {
                        weights[row + c] -= (float) (scaled * gradient[c]);
                    }
                }
            }
        }
        return new SoftmaxCategorizer(labels, features, featureValues, weights, bias);
    }

    private static Map<String, Integer> documentFrequency(List<String[]> documents) {
        Map<String, Integer> frequency = new HashMap<>();
        for (String[] document : documents) {
            for (String token : new LinkedHashSet<>(List.of(document))) {
                frequency.merge(token, 1, Integer::sum);
            }
        }
        return frequency;
    }

    private static int[] encode(String[] document, Map<String, Integer> features) {
        return new LinkedHashSet<>(List.of(document)).stream()
                .map(features::get)
                .filter(index -> index != null)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
