package dev.parley.forecast;

import dev.parley.forecast.HoltWinters.Parameters;

/**
 * Chooses Holt-Winters' smoothing parameters by minimizing the one-step-ahead squared error: a
 * coarse grid over the unit cube, then a pattern search around the best point with halving steps.
 * A few hundred passes over the series, each linear in its length: milliseconds for a year of days
 * or a quarter of hours, and no local optimum of a single start point.
 */
final class HoltWintersFitter {

    private static final double[] ALPHAS = { 0.02, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9 };
    private static final double[] BETAS = { 0.0, 0.01, 0.05, 0.15, 0.3 };
    private static final double[] GAMMAS = { 0.02, 0.1, 0.2, 0.35, 0.5, 0.7 };
    private static final double[] PHIS = { 0.85, 0.92, 0.98 };
    private static final double MIN = 0.0;
    private static final double MAX = 0.99;
    private static final double MIN_PHI = 0.8;
    private static final double MAX_PHI = 0.99;
    private static final double FINEST_STEP = 0.005;

    private HoltWintersFitter() {
    }

    /**
     * Fits the method to the series.
     *
     * @param damped whether the trend is damped; without damping phi is 1
     */
    static HoltWinters fit(double[] series, int season, boolean damped) {
        double[] phis = damped ? PHIS : new double[] { 1.0 };
        HoltWinters best = null;
        for (double alpha : ALPHAS) {
            for (double beta : BETAS) {
                for (double gamma : GAMMAS) {
                    for (double phi : phis) {
                        best = better(best, HoltWinters.run(series, season, new Parameters(alpha, beta, gamma, phi)));
                    }
                }
            }
        }
        return refine(series, season, damped, best);
    }

    /** Pattern search: try a step up and down in each parameter, keep improvements, halve the step when none. */
    private static HoltWinters refine(double[] series, int season, boolean damped, HoltWinters start) {
        HoltWinters best = start;
        double step = 0.04;
        int parameterCount = damped ? 4 : 3;
        while (step >= FINEST_STEP) {
            boolean improved = false;
            for (int index = 0; index < parameterCount; index++) {
                for (double direction : new double[] { step, -step }) {
                    Parameters moved = move(best.parameters(), index, direction);
                    if (moved != null) {
                        HoltWinters candidate = HoltWinters.run(series, season, moved);
                        if (candidate.sumOfSquaredErrors() < best.sumOfSquaredErrors()) {
                            best = candidate;
                            improved = true;
                        }
                    }
                }
            }
            if (!improved) {
                step /= 2;
            }
        }
        return best;
    }

    private static Parameters move(Parameters p, int index, double delta) {
        double[] values = { p.alpha(), p.beta(), p.gamma(), p.phi() };
        values[index] += delta;
        boolean inside = index == 3 ? values[3] >= MIN_PHI && values[3] <= MAX_PHI
                : values[index] >= MIN && values[index] <= MAX && (index != 0 || values[0] > 0);
        return inside ? new Parameters(values[0], values[1], values[2], values[3]) : null;
    }

    private static HoltWinters better(HoltWinters best, HoltWinters candidate) {
        return best == null || candidate.sumOfSquaredErrors() < best.sumOfSquaredErrors() ? candidate : best;
    }
}
