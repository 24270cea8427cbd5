package dev.parley.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import dev.parley.api.risk.BacktestFigures;
import dev.parley.api.risk.RiskModelInfo;

/**
 * Learns the churn model from customers' activity. A case is a customer active before a cutoff,
 * described as of the cutoff and labelled by whether they were inactive for the horizon after it.
 * The back-test learns at {@code cutoff - horizon} and is measured at {@code cutoff}, so nothing
 * of the measured period is seen while learning; the baseline is recency alone, learnt the same way.
 *
 * @param l2 the L2 penalty
 * @param horizon how long without activity counts as churned
 * @param minPositives the churned training cases needed (as many retained) to learn a model
 * @param threshold the probability at which precision and recall are reported
 */
public record ChurnTrainer(double l2, Duration horizon, int minPositives, double threshold) {

    static final String BASELINE = "recency alone (days since the last purchase)";

    /** The cases at one cutoff: customers active before it, labelled over the horizon after it. */
    public Examples examples(Collection<CustomerActivity> customers, Instant cutoff) {
        Examples examples = new Examples();
        Instant end = cutoff.plus(horizon);
        for (CustomerActivity customer : customers) {
            if (customer.activeBefore(cutoff)) {
                examples.add(ChurnFeatures.of(customer, cutoff), !customer.activeBetween(cutoff, end));
            }
        }
        return examples;
    }

    /** Learns at {@code cutoff - horizon}, measures at {@code cutoff}; null if either has too few cases. */
    public BacktestFigures backtest(Collection<CustomerActivity> customers, Instant cutoff) {
        Examples train = examples(customers, cutoff.minus(horizon));
        Examples test = examples(customers, cutoff);
        if (!enough(train) || test.positives() == 0 || test.negatives() == 0) {
            return null;
        }
        LogisticRegression regression = new LogisticRegression(l2);
        LogisticModel model = regression.train(ChurnFeatures.NAMES, train.x(), train.y());
        LogisticModel recency = regression.train(ChurnFeatures.NAMES.subList(0, 1), train.column(0), train.y());
        double[][] x = test.x();
        double[] probabilities = new double[x.length];
        double[] baseline = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            probabilities[i] = model.probability(x[i]);
            baseline[i] = recency.probability(new double[] { x[i][0] });
        }
        return Backtest.figures(probabilities, baseline, test.y(), threshold, BASELINE);
    }

    /**
     * The model to serve now: learnt at {@code now - horizon} (the latest cutoff whose horizon has
     * passed), with the back-test one horizon earlier; the prior model when there is too little.
     */
    public FittedModel fit(Collection<CustomerActivity> customers, Instant now) {
        Instant cutoff = now.minus(horizon);
        Examples train = examples(customers, cutoff);
        if (!enough(train)) {
            return prior(String.format("prior model: %d customers active before %s of whom %d did not come back;"
                    + " %d of each needed to learn from this history", train.size(), cutoff, train.positives(),
                    minPositives));
        }
        LogisticModel model = new LogisticRegression(l2).train(ChurnFeatures.NAMES, train.x(), train.y());
        return new FittedModel(model, new RiskModelInfo(true, now, train.size(),
                String.format("learnt from %d customers active before %s", train.size(), cutoff),
                backtest(customers, cutoff)));
    }

    private boolean enough(Examples examples) {
        return examples.positives() >= minPositives && examples.negatives() >= minPositives;
    }

    static FittedModel prior(String note) {
        return new FittedModel(ChurnPrior.model(), new RiskModelInfo(false, null, 0, note, null));
    }
}
