package dev.parley.nlp.intent;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.parley.api.nlp.IntentPrediction;
import dev.parley.nlp.text.LabeledText;

/**
 * Scores intent predictions against gold labels: accuracy and macro-F1 over all labels, and when
 * the data has {@code oos} rows, accuracy on the in-scope rows and recall and precision of the
 * out-of-scope decision.
 */
public final class IntentEvaluation {

    private IntentEvaluation() {
    }

    /** The figures, keyed as the CLI prints them ({@code accuracy}, {@code macro_f1}, ...). */
    public static Map<String, Double> evaluate(List<LabeledText> data, Function<String, IntentPrediction> classifier) {
        Map<String, int[]> counts = new HashMap<>(); // label -> {true positives, predicted, gold}
        int correct = 0;
        int inScope = 0;
        int inScopeCorrect = 0;
        int oosGold = 0;
        int oosPredicted = 0;
        int oosBoth = 0;
        long started = System.nanoTime();
        for (LabeledText example : data) {
            String predicted = classifier.apply(example.text()).intent();
            String gold = example.label();
            boolean hit = predicted.equals(gold);
            correct += hit ? 1 : 0;
            counts.computeIfAbsent(gold, k -> new int[3])[2]++;
            counts.computeIfAbsent(predicted, k -> new int[3])[1]++;
            if (hit) {
                counts.get(gold)[0]++;
            }
            boolean goldOos = IntentPrediction.OUT_OF_SCOPE.equals(gold);
            boolean predictedOos = IntentPrediction.OUT_OF_SCOPE.equals(predicted);
            if (goldOos) {
                oosGold++;
            } else {
                inScope++;
                inScopeCorrect += hit ? 1 : 0;
            }
            oosPredicted += predictedOos ? 1 : 0;
            oosBoth += goldOos && predictedOos ? 1 : 0;
        }
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-9);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("examples", (double) data.size());
        figures.put("accuracy", ratio(correct, data.size()));
        figures.put("macro_f1", macroF1(counts, goldLabels(data)));
        if (oosGold > 0) {
            figures.put("in_scope_accuracy", ratio(inScopeCorrect, inScope));
            figures.put("oos_recall", ratio(oosBoth, oosGold));
            figures.put("oos_precision", ratio(oosBoth, oosPredicted));
        }
        figures.put("docs_per_second", data.size() / seconds);
        return figures;
    }

    private static Set<String> goldLabels(List<LabeledText> data) {
        Set<String> labels = new HashSet<>();
        data.forEach(example -> labels.add(example.label()));
        return labels;
    }

    private static double macroF1(Map<String, int[]> counts, Set<String> goldLabels) {
        double sum = 0;
        for (String label : goldLabels) {
            int[] c = counts.get(label);
            double precision = ratio(c[0], c[1]);
            double recall = ratio(c[0], c[2]);
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return goldLabels.isEmpty() ? 0 : sum / goldLabels.size();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
