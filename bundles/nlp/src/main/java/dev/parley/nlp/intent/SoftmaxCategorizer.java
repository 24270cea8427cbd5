package dev.parley.nlp.intent;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import dev.parley.nlp.model.ModelSource;

/**
 * A linear softmax over sparse features. A message's vector holds, for each distinct known token,
 * that feature's weight (its inverse document frequency, boosted for whole words and bigrams so
 * that the many character n-grams do not drown them), scaled to unit length. Scoring costs one
 * weight row per token, so it stays in microseconds for thousands of features and dozens of labels.
 */
final class SoftmaxCategorizer implements Categorizer {

    static final String FORMAT = "softmax";
    private static final String MODEL_FILE = "/softmax.bin";
    private static final int MAGIC = 0x50534D31; // "PSM1"
    /** Refuses files that claim more weights than a model served in a 512 MB heap can hold. */
    private static final long MAX_WEIGHTS = 32L * 1024 * 1024;

    private final String[] labels;
    private final Map<String, Integer> features;
    private final float[] featureValues;
    private final float[] weights;
    private final float[] bias;

    /**
     * @param features the index of each known token
     * @param featureValues each feature's value in a message vector before scaling to unit length
     * @param weights row-major: the weights of feature {@code f} are {@code weights[f * labels ..]}
     * @param bias one per label
     */
    SoftmaxCategorizer(String[] labels, Map<String, Integer> features, float[] featureValues, float[] weights,
            float[] bias) {
        if (weights.length != (long) features.size() * labels.length || bias.length != labels.length
                || featureValues.length != features.size()) {
            throw new IllegalArgumentException("weights do not match " + features.size() + " features x "
                    + labels.length + " labels");
        }
        this.labels = labels.clone();
        this.features = Map.copyOf(features);
        this.featureValues = featureValues;
        this.weights = weights;
        this.bias = bias;
    }

    @Override
    public String[] labels() {
        return labels.clone();
    }

    @Override
    public double[] probabilities(String[] tokens) {
        int[] known = new int[tokens.length];
        int count = 0;
        for (String token : tokens) {
            Integer feature = features.get(token);
            if (feature != null && !contains(known, count, feature)) {
                known[count++] = feature;
            }
        }
        return probabilities(known, unitVector(known, count, featureValues), count, weights, bias, labels.length);
    }

    /** The values of a message's active features, scaled so that the vector has length 1. */
    static double[] unitVector(int[] active, int count, float[] featureValues) {
        double[] values = new double[count];
        double norm = 0;
        for (int i = 0; i < count; i++) {
            values[i] = featureValues[active[i]];
            norm += values[i] * values[i];
        }
        if (norm == 0) {
            return values;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < count; i++) {
            values[i] /= norm;
        }
        return values;
    }

    /** Softmax of the scores of a unit-length vector with {@code count} active features. */
    static double[] probabilities(int[] active, double[] values, int count, float[] weights, float[] bias, int labels) {
        double[] scores = new double[labels];
        for (int c = 0; c < labels; c++) {
            scores[c] = bias[c];
        }
        for (int i = 0; i < count; i++) {
            int row = active[i] * labels;
            double value = values[i];
            for (int c = 0; c < labels; c++) {
                scores[c] += value * weights[row + c];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int c = 0; c < labels; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < labels; c++) {
            scores[c] /= sum;
        }
        return scores;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Map<String, byte[]> files(String folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(labels.length);
            for (String label : labels) {
                out.writeUTF(label);
            }
            String[] byIndex = new String[features.size()];
            features.forEach((token, index) -> byIndex[index] = token);
            out.writeInt(byIndex.length);
            for (int i = 0; i < byIndex.length; i++) {
                out.writeUTF(byIndex[i]);
                out.writeFloat(featureValues[i]);
            }
            for (float b : bias) {
                out.writeFloat(b);
            }
            for (float w : weights) {
                out.writeFloat(w);
            }
        }
        return Map.of(folder + MODEL_FILE, bytes.toByteArray());
    }

    static SoftmaxCategorizer read(ModelSource source, String folder) throws IOException {
        String file = folder + MODEL_FILE;
        try (InputStream stream = source.open(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not a softmax intent model");
            }
            int labelCount = in.readInt();
            if (labelCount < 2 || labelCount > 10_000) {
                throw new IOException(file + " declares " + labelCount + " labels");
            }
            String[] labels = new String[labelCount];
            for (int i = 0; i < labelCount; i++) {
                labels[i] = in.readUTF();
            }
            int featureCount = in.readInt();
            if (featureCount < 0 || (long) featureCount * labelCount > MAX_WEIGHTS) {
                throw new IOException(file + " declares " + featureCount + " features x " + labelCount
                        + " labels, more than " + MAX_WEIGHTS + " weights");
            }
            Map<String, Integer> features = new HashMap<>(featureCount * 2);
            float[] featureValues = new float[featureCount];
            for (int i = 0; i < featureCount; i++) {
                if (features.put(in.readUTF(), i) != null) {
                    throw new IOException(file + " lists feature " + i + " twice");
                }
                featureValues[i] = in.readFloat();
            }
            float[] bias = new float[labelCount];
            for (int i = 0; i < labelCount; i++) {
                bias[i] = in.readFloat();
            }
            float[] weights = new float[featureCount * labelCount];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = in.readFloat();
            }
            return new SoftmaxCategorizer(labels, features, featureValues, weights, bias);
        } catch (EOFException e) {
            throw new IOException(file + " is truncated", e);
        }
    }
}
