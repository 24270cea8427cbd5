package dev.parley.risk;

import java.util.Arrays;
import java.util.Comparator;

import dev.parley.api.risk.BacktestFigures;

/** The figures of probabilities against what happened: AUC, Brier score, precision and recall. */
public final class Backtest {

    private Backtest() {
    }

    /**
     * @param probabilities the model's probability per held-out case
     * @param baseline the baseline's score per case (a probability, for the Brier score)
     * @param labels 1 when the case escalated or churned
     */
    public static BacktestFigures figures(double[] probabilities, double[] baseline, int[] labels, double threshold,
            String baselineName) {
        int positives = 0;
        int flagged = 0;
        int hits = 0;
        for (int i = 0; i < labels.length; i++) {
            positives += labels[i];
            if (probabilities[i] >= threshold) {
                flagged++;
                hits += labels[i];
            }
        }
        return new BacktestFigures(labels.length, positives, auc(probabilities, labels), brier(probabilities, labels),
                threshold, flagged == 0 ? 0 : (double) hits / flagged, positives == 0 ? 0 : (double) hits / positives,
                auc(baseline, labels), brier(baseline, labels), baselineName);
    }

    /** The probability that a random positive case scores above a random negative one (ties count half). */
    public static double auc(double[] scores, int[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumOfPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    rankSumOfPositives += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumOfPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    public static double brier(double[] probabilities, int[] labels) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double error = probabilities[i] - labels[i];
            sum += error * error;
        }
        return labels.length == 0 ? Double.NaN : sum / labels.length;
    }
}
