package dev.parley.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parley.api.nlp.IntentPrediction;
import dev.parley.nlp.text.LabeledText;

class OutOfScopeTuningTest {

    private final List<IntentPrediction> predictions = new ArrayList<>();
    private final List<LabeledText> gold = new ArrayList<>();

    @Test
    void rejectsAsMuchOutOfScopeAsCostsAtMostTwoPointsOfInScopeAccuracy() {
        // 100 in-scope rows, all correct: confidences 0.30, 0.31, ... 1.29 capped at 0.99
        for (int i = 0; i < 100; i++) {
            add("order_status", "order_status", Math.min(0.99, 0.30 + i / 100.0));
        }
        // out-of-scope rows the model answers with low confidence
        for (double confidence : new double[] {0.10, 0.20, 0.25, 0.31, 0.35, 0.50}) {
            add("oos", "order_status", confidence);
        }

        double threshold = OutOfScopeTuning.bestThreshold(predictions, gold);

        // 0.32 rejects 0.30 and 0.31 of the in-scope rows (2 points) and 4 of 6 out-of-scope rows;
        // 0.33 would cost 3 points.
        assertThat(threshold).isEqualTo(0.32);
    }

    @Test
    void withNothingToGainTheThresholdStaysAtZero() {
        for (int i = 0; i < 50; i++) {
            add("cancel_order", "cancel_order", 0.9);
        }
        add("oos", "oos", 0.8); // already out of scope by its own label

        assertThat(OutOfScopeTuning.bestThreshold(predictions, gold)).isZero();
    }

    private void add(String goldLabel, String predicted, double confidence) {
        gold.add(new LabeledText(goldLabel, "text " + gold.size()));
        predictions.add(new IntentPrediction(predicted, confidence, List.of(), predicted.equals("oos"), "1"));
    }
}
