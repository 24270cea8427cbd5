package dev.parley.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    private static final List<String> NAMES = List.of("a", "b");

    @Test
    void separatesASeparableSet() {
        Random random = new Random(1);
        double[][] x = new double[200][];
        int[] y = new int[200];
        for (int i = 0; i < x.length; i++) {
            y[i] = i % 2;
            x[i] = new double[] { (y[i] == 1 ? 2 : -2) + random.nextDouble(), random.nextGaussian() };
        }
        LogisticModel model = new LogisticRegression(0.01).train(NAMES, x, y);

        assertThat(model.probability(new double[] { 2.5, 0 })).isGreaterThan(0.95);
        assertThat(model.probability(new double[] { -2.5, 0 })).isLessThan(0.05);
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = model.probability(x[i]);
        }
        assertThat(Backtest.auc(p, y)).isEqualTo(1.0);
    }

    @Test
    void recoversTheWeightsOfANoisySet() {
        // Labels drawn from p = sigmoid(-0.5 + 1.5 a - 1.0 b): the fitted model must find those weights.
        Random random = new Random(7);
        int n = 20_000;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] { random.nextGaussian(), random.nextGaussian() };
            y[i] = random.nextDouble() < LogisticModel.sigmoid(-0.5 + 1.5 * x[i][0] - 1.0 * x[i][1]) ? 1 : 0;
        }
        LogisticModel model = new LogisticRegression(0.0).train(NAMES, x, y);

        // Standardized weights: divide by the feature's scale to get the raw one (the features are ~N(0,1)).
        assertThat(model.weights()[0] / model.scales()[0]).isCloseTo(1.5, within(0.1));
        assertThat(model.weights()[1] / model.scales()[1]).isCloseTo(-1.0, within(0.1));
        assertThat(model.probability(new double[] { 0, 0 })).isCloseTo(LogisticModel.sigmoid(-0.5), within(0.03));
    }

    @Test
    void theL2PenaltyShrinksTheWeights() {
        Random random = new Random(3);
        double[][] x = new double[500][];
        int[] y = new int[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] { random.nextGaussian(), random.nextGaussian() };
            y[i] = x[i][0] + 0.5 * random.nextGaussian() > 0 ? 1 : 0;
        }
        double free = new LogisticRegression(0.0).train(NAMES, x, y).weights()[0];
        double penalized = new LogisticRegression(0.5).train(NAMES, x, y).weights()[0];

        assertThat(penalized).isPositive().isLessThan(free / 2);
    }

    @Test
    void factorsNameWhatRaisedTheRisk() {
        LogisticModel model = LogisticModel.raw(NAMES, new double[] { 2.0, -1.0 }, 0);

        assertThat(model.factors(new double[] { 1.0, -1.0 }, 3)).extracting(f -> f.name()).containsExactly("a", "b");
        assertThat(model.factors(new double[] { -1.0, 1.0 }, 3)).isEmpty();
    }

    @Test
    void backtestFiguresFollowFromTheCases() {
        double[] p = { 0.9, 0.8, 0.3, 0.2 };
        int[] y = { 1, 0, 1, 0 };
        var figures = Backtest.figures(p, new double[] { 0.5, 0.5, 0.5, 0.5 }, y, 0.5, "constant");

        assertThat(figures.auc()).isEqualTo(0.75);
        assertThat(figures.baselineAuc()).isEqualTo(0.5);
        assertThat(figures.brier()).isCloseTo((0.01 + 0.64 + 0.49 + 0.04) / 4, within(1e-12));
        assertThat(figures.precision()).isEqualTo(0.5);
        assertThat(figures.recall()).isEqualTo(0.5);
    }
}
