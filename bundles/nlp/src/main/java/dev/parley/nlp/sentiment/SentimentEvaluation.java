package dev.parley.nlp.sentiment;

import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import dev.parley.nlp.text.LabeledText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Measures a sentiment analyzer against labelled texts, for the model tooling and for
 * evaluation runs over public data sets.
 *
 * <p>Labels are either all numbers (a gold intensity, e.g. VADER's ratings in [-4, 4]): the
 * result is the Pearson correlation with the analyzer's score; or all {@code positive},
 * {@code negative} and, optionally, {@code neutral} (any case): the result is accuracy and
 * macro-F1. When the gold labels have no {@code neutral}, a NEUTRAL prediction is decided by the
 * sign of its score (0 counts as positive), since the gold set allows no third answer.
 */
public final class SentimentEvaluation {


    /** The outcome of an evaluation: a {@link Correlation} or a {@link Classification}. */
    public sealed interface Result permits Correlation, Classification {
        /** How many examples were evaluated. */
        int examples();
    }

    /**
     * @param examples how many examples
     * @param pearson Pearson's r between gold labels and scores; NaN when either is constant
     */
    public record Correlation(int examples, double pearson) implements Result {
    }

    /**
     * @param examples how many examples
     * @param accuracy the share of examples labelled like the gold label
     * @param macroF1 the F1 score averaged over the labels in the gold set and the predictions
     */
    public record Classification(int examples, double accuracy, double macroF1)
            implements Result {
    }

    private SentimentEvaluation() {
    }

    /**
     * Evaluates an analyzer on examples.
     *
     * @param analyzer analyzes one text, e.g. {@code text -> engine.analyze(text, "1.0.0")}
     * @throws IllegalArgumentException if there is no example, or a label is neither a finite
     *     number nor a polarity name, or numbers and names are mixed
     */
    public static Result evaluate(List<LabeledText> examples, Function<String, Sentiment> analyzer) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no example to evaluate");
        }
        if (examples.stream().allMatch(example -> parseScore(example.label()) != null)) {
            double[] gold = new double[examples.size()];
            double[] scores = new double[examples.size()];
            for (int i = 0; i < gold.length; i++) {
                gold[i] = parseScore(examples.get(i).label());
                scores[i] = analyzer.apply(examples.get(i).text()).score();
            }
            return new Correlation(gold.length, pearson(gold, scores));
        }
        List<SentimentLabel> gold = examples.stream().map(e -> parseLabel(e.label())).toList();
        boolean goldHasNeutral = gold.contains(SentimentLabel.NEUTRAL);
        List<SentimentLabel> predicted = new ArrayList<>(gold.size());
        for (LabeledText example : examples) {
            Sentiment sentiment = analyzer.apply(example.text());
            boolean undecided = sentiment.label() == SentimentLabel.NEUTRAL && !goldHasNeutral;
            predicted.add(!undecided ? sentiment.label()
                    : sentiment.score() >= 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE);
        }
        return classification(gold, predicted);
    }

    /**
     * Pearson's correlation coefficient of two equally long series.
     *
     * @return r in [-1, 1], or NaN when a series is constant (r is undefined)
     */
    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException(
                    "series must be equally long and not empty: " + x.length + " vs " + y.length);
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        if (varianceX == 0 || varianceY == 0) {
            return Double.NaN;
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    private static Classification classification(
            List<SentimentLabel> gold, List<SentimentLabel> predicted) {
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            correct += gold.get(i) == predicted.get(i) ? 1 : 0;
        }
        Set<SentimentLabel> labels = EnumSet.noneOf(SentimentLabel.class);
        labels.addAll(gold);
        labels.addAll(predicted);
        double f1Sum = 0;
        for (SentimentLabel label : labels) {
            f1Sum += f1(label, gold, predicted);
        }
        return new Classification(gold.size(), (double) correct / gold.size(),
                f1Sum / labels.size());
    }

    private static double f1(SentimentLabel label, List<SentimentLabel> gold,
            List<SentimentLabel> predicted) {
        int truePositives = 0;
        int goldCount = 0;
        int predictedCount = 0;
        for (int i = 0; i < gold.size(); i++) {
            boolean isGold = gold.get(i) == label;
            boolean isPredicted = predicted.get(i) == label;
            truePositives += isGold && isPredicted ? 1 : 0;
            goldCount += isGold ? 1 : 0;
            predictedCount += isPredicted ? 1 : 0;
        }
        return truePositives == 0 ? 0.0 : 2.0 * truePositives / (goldCount + predictedCount);
    }

    private static Double parseScore(String label) {
        try {
            double score = Double.parseDouble(label.strip());
            return Double.isFinite(score) ? score : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static SentimentLabel parseLabel(String label) {
        try {
            return SentimentLabel.valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("label \"" + label + "\" is not positive, negative"
                    + " or neutral, and the labels are not all numbers either", e);
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
