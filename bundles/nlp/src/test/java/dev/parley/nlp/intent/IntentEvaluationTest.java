package dev.parley.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.parley.api.nlp.IntentPrediction;
import dev.parley.nlp.text.LabeledText;

class IntentEvaluationTest {

    @Test
    void computesAccuracyMacroF1AndOutOfScopeFigures() {
        List<LabeledText> gold = List.of(new LabeledText("a", "a1"), new LabeledText("a", "a2"),
                new LabeledText("b", "b1"), new LabeledText("oos", "o1"), new LabeledText("oos", "o2"));
        // predictions: a1->a, a2->b, b1->b, o1->oos, o2->a
        Map<String, String> predicted = Map.of("a1", "a", "a2", "b", "b1", "b", "o1", "oos", "o2", "a");

        Map<String, Double> figures = IntentEvaluation.evaluate(gold,
                text -> prediction(predicted.get(text)));

        assertThat(figures.get("examples")).isEqualTo(5.0);
        assertThat(figures.get("accuracy")).isCloseTo(3 / 5.0, offset(1e-9));
        assertThat(figures.get("in_scope_accuracy")).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(figures.get("oos_recall")).isCloseTo(1 / 2.0, offset(1e-9));
        assertThat(figures.get("oos_precision")).isCloseTo(1.0, offset(1e-9));
        // F1: a = 2*0.5*0.5/1 = 0.5; b = 2*0.5*1/1.5 = 0.667; oos = 2*1*0.5/1.5 = 0.667
        assertThat(figures.get("macro_f1")).isCloseTo((0.5 + 2 / 3.0 + 2 / 3.0) / 3, offset(1e-9));
        assertThat(figures.get("docs_per_second")).isPositive();
    }

    @Test
    void withoutOutOfScopeRowsThereAreNoOutOfScopeFigures() {
        Map<String, Double> figures = IntentEvaluation.evaluate(List.of(new LabeledText("a", "x")),
                text -> prediction("a"));

        assertThat(figures).containsEntry("accuracy", 1.0).doesNotContainKeys("oos_recall", "in_scope_accuracy");
    }

    private static IntentPrediction prediction(String intent) {
        return new IntentPrediction(intent, 0.9, List.of(), "oos".equals(intent), "1");
    }
}
