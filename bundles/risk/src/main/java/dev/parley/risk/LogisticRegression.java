package dev.parley.risk;

import java.util.List;

/**
 * Trains a {@link LogisticModel} with an L2 penalty by Newton's method (iteratively reweighted
 * least squares) on standardized features. With a dozen features the Hessian is tiny, Newton
 * converges in a handful of steps and needs no learning rate to tune.
 */
public final class LogisticRegression {

    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-8;

    private final double l2;

    /** @param l2 the penalty on the squared weights (not the bias), per example; e.g. 0.01 */
    public LogisticRegression(double l2) {
        if (!(l2 >= 0)) {
            throw new IllegalArgumentException("l2 must be 0 or more, was " + l2);
        }
        this.l2 = l2;
    }

    /**
     * @param names a readable name per feature
     * @param x one row of features per example
     * @param y 1 when the example escalated or churned, else 0
     */
    public LogisticModel train(List<String> names, double[][] x, int[] y) {
        int n = x.length;
        int d = names.size();
        if (n == 0 || y.length != n) {
            throw new IllegalArgumentException("need at least one example and one label per example");
        }
        double[] means = new double[d];
        double[] scales = new double[d];
        standardization(x, means, scales);
        double[][] z = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1.0;
            for (int j = 0; j < d; j++) {
                z[i][j + 1] = (x[i][j] - means[j]) / scales[j];
            }
        }
        double[] beta = new double[d + 1];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                double p = LogisticModel.sigmoid(dot(beta, z[i]));
                double w = Math.max(p * (1 - p), 1e-10);
                for (int a = 0; a <= d; a++) {
                    gradient[a] += (p - y[i]) * z[i][a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += w * z[i][a] * z[i][b];
                    }
                }
            }
            for (int a = 0; a <= d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a > 0) {
                    gradient[a] += l2 * n * beta[a];
                    hessian[a][a] += l2 * n;
                }
                hessian[a][a] += 1e-9; // keeps a constant feature from making the system singular
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int a = 0; a <= d; a++) {
                beta[a] -= step[a];
                largest = Math.max(largest, Math.abs(step[a]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        double[] weights = new double[d];
        System.arraycopy(beta, 1, weights, 0, d);
        return new LogisticModel(names, means, scales, weights, beta[0]);
    }

    private static void standardization(double[][] x, double[] means, double[] scales) {
        int n = x.length;
        for (double[] row : x) {
            for (int j = 0; j < means.length; j++) {
                means[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < means.length; j++) {
                scales[j] += (row[j] - means[j]) * (row[j] - means[j]) / n;
            }
        }
        for (int j = 0; j < scales.length; j++) {
            scales[j] = scales[j] > 1e-12 ? Math.sqrt(scales[j]) : 1.0;
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Solves {@code A s = g} by Gaussian elimination with partial pivoting; {@code A} is copied. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = java.util.Arrays.copyOf(matrix[i], n + 1);
            a[i][n] = vector[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k <= n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
        double[] solution = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = a[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * solution[k];
            }
            solution[row] = sum / a[row][row];
        }
        return solution;
    }
}
