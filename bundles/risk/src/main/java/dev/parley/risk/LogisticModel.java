package dev.parley.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.parley.api.risk.RiskFactor;

/**
 * A logistic regression over standardized features: {@code p = 1 / (1 + exp(-(bias + Σ w·z)))}
 * with {@code z = (x - mean) / scale}. Immutable, so one instance serves every thread.
 *
 * @param names a readable name per feature
 * @param means the feature means the model was trained with (0 for a prior model)
 * @param scales the feature standard deviations (1 for a prior model), never 0
 * @param weights the weight per standardized feature
 * @param bias the intercept
 */
public record LogisticModel(List<String> names, double[] means, double[] scales, double[] weights, double bias) {

    public LogisticModel {
        names = List.copyOf(names);
        if (means.length != names.size() || scales.length != names.size() || weights.length != names.size()) {
            throw new IllegalArgumentException("one mean, scale and weight per feature");
        }
    }

    /** A model whose weights apply to the raw features, as a person would write one down. */
    public static LogisticModel raw(List<String> names, double[] weights, double bias) {
        double[] zeros = new double[names.size()];
        double[] ones = new double[names.size()];
        java.util.Arrays.fill(ones, 1.0);
        return new LogisticModel(names, zeros, ones, weights.clone(), bias);
    }

    public double probability(double[] features) {
        return sigmoid(logit(features));
    }

    double logit(double[] features) {
        double sum = bias;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (features[i] - means[i]) / scales[i];
        }
        return sum;
    }

    /** The features that raised this case's risk most above the average case, strongest first. */
    public List<RiskFactor> factors(double[] features, int limit) {
        List<RiskFactor> raised = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            double contribution = weights[i] * (features[i] - means[i]) / scales[i];
            if (contribution > 0.05) {
                raised.add(new RiskFactor(names.get(i), features[i], contribution));
            }
        }
        raised.sort(Comparator.comparingDouble(RiskFactor::contribution).reversed());
        return raised.size() > limit ? List.copyOf(raised.subList(0, limit)) : List.copyOf(raised);
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }
}
