package dev.parley.nlp.intent;

import java.util.List;

/**
 * Temperature scaling: a maximum-entropy model trained to convergence is over-confident, so its
 * probabilities are raised to 1/T and renormalized, with T chosen to minimize the log loss on
 * held-out data. A calibrated confidence is what makes one out-of-scope threshold mean the same
 * thing for every intent.
 */
final class Calibration {

    private static final double[] TEMPERATURES = {0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8};

    private Calibration() {
    }

    static double[] soften(double[] probabilities, double temperature) {
        if (temperature == 1) {
            return probabilities;
        }
        double[] softened = new double[probabilities.length];
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            softened[i] = Math.pow(Math.max(probabilities[i], 1e-300), 1 / temperature);
            sum += softened[i];
        }
        for (int i = 0; i < softened.length; i++) {
            softened[i] /= sum;
        }
        return softened;
    }

    /** The temperature with the lowest log loss of the true labels' probabilities. */
    static double fitTemperature(List<double[]> rawProbabilities, List<Integer> trueLabels) {
        double best = 1;
        double bestLoss = Double.MAX_VALUE;
        for (double temperature : TEMPERATURES) {
            double loss = 0;
            for (int i = 0; i < rawProbabilities.size(); i++) {
                double p = soften(rawProbabilities.get(i), temperature)[trueLabels.get(i)];
                loss -= Math.log(Math.max(p, 1e-12));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = temperature;
            }
        }
        return best;
    }
}
