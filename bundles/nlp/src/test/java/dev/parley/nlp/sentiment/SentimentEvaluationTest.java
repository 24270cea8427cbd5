package dev.parley.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Sentiment;
import dev.parley.nlp.sentiment.SentimentEvaluation.Classification;
import dev.parley.nlp.sentiment.SentimentEvaluation.Correlation;
import dev.parley.nlp.text.LabeledText;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Hand-made data with hand-computed figures; the analyzer is a lookup table. */
class SentimentEvaluationTest {

    /** An analyzer that answers the score it is told for each text. */
    private static Function<String, Sentiment> scoring(Map<String, Double> scores) {
        return text -> {
            double score = scores.get(text);
            return new Sentiment(score, SentimentEngine.label(score), Emotion.NEUTRAL, 1.0, "t");
        };
    }

    @Test
    void pearsonOfPerfectlyRelatedSeries() {
        assertThat(SentimentEvaluation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6}))
                .isCloseTo(1.0, within(1e-12));
        assertThat(SentimentEvaluation.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}))
                .isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void pearsonOfAHandComputedExample() {
        // x = 1,2,3,4  y = 2,1,4,3: cov = 3, var x = var y = 5, r = 3 / 5
        assertThat(SentimentEvaluation.pearson(new double[] {1, 2, 3, 4},
                new double[] {2, 1, 4, 3})).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void pearsonOfAConstantSeriesIsUndefined() {
        assertThat(SentimentEvaluation.pearson(new double[] {1, 2}, new double[] {5, 5})).isNaN();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SentimentEvaluation.pearson(new double[] {1}, new double[] {}));
    }

    @Test
    void numericLabelsAreCorrelatedWithScores() {
        List<LabeledText> examples = List.of(new LabeledText("-3.5", "a"), new LabeledText("0", "b"),
                new LabeledText("2.25", "c"), new LabeledText(" 4 ", "d"));

        SentimentEvaluation.Result result = SentimentEvaluation.evaluate(examples,
                scoring(Map.of("a", -0.9, "b", 0.1, "c", 0.2, "d", 0.95)));

        double expected = SentimentEvaluation.pearson(new double[] {-3.5, 0, 2.25, 4},
                new double[] {-0.9, 0.1, 0.2, 0.95});
        assertThat(result).isEqualTo(new Correlation(4, expected));
    }

    @Test
    void binaryLabelsDecideANeutralPredictionByItsSign() {
        // Predictions: a +0.6 positive, b 0.01 neutral -> positive, c -0.02 neutral -> negative,
        // d +0.3 positive. Gold: positive, negative, negative, negative.
        List<LabeledText> examples = List.of(new LabeledText("positive", "a"),
                new LabeledText("negative", "b"), new LabeledText("NEGATIVE", "c"),
                new LabeledText("negative", "d"));

        Classification result = (Classification) SentimentEvaluation.evaluate(examples,
                scoring(Map.of("a", 0.6, "b", 0.01, "c", -0.02, "d", 0.3)));

        // correct: a, c. positive: tp 1, gold 1, predicted 3 -> F1 2/4; negative: tp 1, gold 3,
        // predicted 1 -> F1 2/4.
        assertThat(result.examples()).isEqualTo(4);
        assertThat(result.accuracy()).isEqualTo(0.5);
        assertThat(result.macroF1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void threeClassLabelsKeepNeutralPredictions() {
        List<LabeledText> examples = List.of(new LabeledText("positive", "a"),
                new LabeledText("neutral", "b"), new LabeledText("neutral", "c"),
                new LabeledText("negative", "d"));

        Classification result = (Classification) SentimentEvaluation.evaluate(examples,
                scoring(Map.of("a", 0.6, "b", 0.0, "c", 0.5, "d", -0.01)));

        // predicted: positive, neutral, positive, neutral. positive: tp 1, gold 1, pred 2 -> 2/3;
        // neutral: tp 1, gold 2, pred 2 -> 1/2; negative: tp 0 -> 0.
        assertThat(result.accuracy()).isEqualTo(0.5);
        assertThat(result.macroF1()).isCloseTo((2.0 / 3 + 0.5 + 0) / 3, within(1e-12));
    }

    @Test
    void rejectsMixedOrUnknownLabelsAndEmptyData() {
        Function<String, Sentiment> analyzer = scoring(Map.of("a", 0.1, "b", 0.2));

        assertThatIllegalArgumentException().isThrownBy(() -> SentimentEvaluation.evaluate(
                List.of(new LabeledText("1.5", "a"), new LabeledText("positive", "b")), analyzer))
                .withMessageContaining("\"1.5\"");
        assertThatIllegalArgumentException().isThrownBy(() -> SentimentEvaluation.evaluate(
                List.of(new LabeledText("happy", "a")), analyzer))
                .withMessageContaining("\"happy\"");
        assertThatIllegalArgumentException().isThrownBy(() -> SentimentEvaluation.evaluate(
                List.of(new LabeledText("NaN", "a")), analyzer));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SentimentEvaluation.evaluate(List.of(), analyzer));
    }
}
