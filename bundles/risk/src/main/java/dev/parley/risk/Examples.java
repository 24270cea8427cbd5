package dev.parley.risk;

import java.util.ArrayList;
import java.util.List;

/** Feature rows with their labels (1 = escalated or churned), in the order they were added. */
public final class Examples {

    private final List<double[]> rows = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();

    public void add(double[] features, boolean positive) {
        rows.add(features);
        labels.add(positive ? 1 : 0);
    }

    public int size() {
        return rows.size();
    }

    public int positives() {
        return labels.stream().mapToInt(Integer::intValue).sum();
    }

    public int negatives() {
        return size() - positives();
    }

    public double[][] x() {
        return rows.toArray(new double[0][]);
    }

    public int[] y() {
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One feature of every row, as a one-column table. */
    public double[][] column(int feature) {
        return rows.stream().map(row -> new double[] { row[feature] }).toArray(double[][]::new);
    }
}
