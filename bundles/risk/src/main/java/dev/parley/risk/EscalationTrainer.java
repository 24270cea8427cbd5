package dev.parley.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.parley.api.risk.BacktestFigures;
import dev.parley.api.risk.RiskModelInfo;

/**
 * Learns the escalation model from conversation histories. The back-test is a time split: the
 * model learns from the older conversations and is measured on the newest ones, as it would be
 * used; the model served is then learnt from all of them. With too little history the prior
 * model is served, and the result says why.
 *
 * @param l2 the L2 penalty
 * @param minPositives the handed-off training cases needed (as many not handed off) to learn a model
 * @param testShare the share of the newest conversations held out for the back-test
 * @param threshold the probability at which precision and recall are reported
 * @param ruleThreshold the sentiment threshold of the rule the model is compared with
 */
public record EscalationTrainer(double l2, int minPositives, double testShare, double threshold,
        double ruleThreshold) {

    /** The rule the assistant applies to a single message, as the baseline. */
    static final String BASELINE = "sentiment of the last message at or below the handoff threshold";

    public FittedModel fit(List<ConversationHistory> histories, Instant now) {
        Examples all = EscalationExamples.of(histories);
        if (all.positives() < minPositives || all.negatives() < minPositives) {
            return prior(String.format("prior model: %d cases of which %d before a handoff; %d of each needed to learn"
                    + " from this store's history", all.size(), all.positives(), minPositives));
        }
        List<ConversationHistory> sorted = new ArrayList<>(histories);
        sorted.sort(Comparator.comparing(ConversationHistory::createdAt));
        int split = (int) Math.round(sorted.size() * (1 - testShare));
        BacktestFigures figures = backtest(sorted.subList(0, split), sorted.subList(split, sorted.size()));
        LogisticModel model = new LogisticRegression(l2).train(EscalationFeatures.NAMES, all.x(), all.y());
        return new FittedModel(model, new RiskModelInfo(true, now, all.size(),
                String.format("learnt from %d cases of %d conversations", all.size(), histories.size()), figures));
    }

    /** The figures of a model learnt on {@code older}, measured on {@code newer}; null if either has too few cases. */
    public BacktestFigures backtest(List<ConversationHistory> older, List<ConversationHistory> newer) {
        Examples train = EscalationExamples.of(older);
        Examples test = EscalationExamples.of(newer);
        if (train.positives() < minPositives || train.negatives() < minPositives || test.positives() == 0
                || test.negatives() == 0) {
            return null;
        }
        LogisticModel model = new LogisticRegression(l2).train(EscalationFeatures.NAMES, train.x(), train.y());
        double[][] x = test.x();
        double[] probabilities = new double[x.length];
        double[] rule = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            probabilities[i] = model.probability(x[i]);
            rule[i] = x[i][1] <= ruleThreshold ? 1 : 0;
        }
        return Backtest.figures(probabilities, rule, test.y(), threshold, BASELINE);
    }

    static FittedModel prior(String note) {
        return new FittedModel(EscalationPrior.model(), new RiskModelInfo(false, null, 0, note, null));
    }
}
