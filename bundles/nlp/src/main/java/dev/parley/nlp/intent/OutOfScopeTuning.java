package dev.parley.nlp.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.parley.api.nlp.IntentPrediction;
import dev.parley.nlp.text.LabeledText;

/**
 * Chooses a model's temperature and out-of-scope threshold on held-out rows. With out-of-scope
 * rows, the threshold rejects as many of them as it can while giving up at most
 * {@value #MAX_IN_SCOPE_LOSS} of the in-scope accuracy the model has without a threshold: a wrong
 * "I don't know" costs a customer as much as a wrong answer, and in-scope messages are the many.
 * Without out-of-scope rows, there is
 * nothing to learn what out of scope looks like from, so the threshold only catches messages the
 * model has no opinion on (barely above a uniform guess), and never more than
 * {@value #REJECTED_SHARE_WITHOUT_OOS_DATA} of the correctly classified held-out rows.
 */
final class OutOfScopeTuning {

    static final double REJECTED_SHARE_WITHOUT_OOS_DATA = 0.005;
    static final double MAX_IN_SCOPE_LOSS = 0.02;
    /** A top probability under this many times the uniform one means the model has no opinion. */
    static final double NO_OPINION_FACTOR = 2.0;

    private OutOfScopeTuning() {
    }

    static IntentModel calibrate(IntentModel model, List<LabeledText> validation) {
        List<String> labels = model.labels();
        List<double[]> raw = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (LabeledText row : validation) {
            int index = labels.indexOf(row.label());
            if (index >= 0) {
                raw.add(model.rawProbabilities(model.features().tokens(row.text())));
                truth.add(index);
            }
        }
        double temperature = raw.isEmpty() ? 1 : Calibration.fitTemperature(raw, truth);
        IntentModel calibrated = model.withCalibration(temperature, 0);
        boolean hasOos = validation.stream().anyMatch(row -> IntentPrediction.OUT_OF_SCOPE.equals(row.label()));
        return calibrated.withCalibration(temperature,
                hasOos ? bestThreshold(calibrated, validation) : safetyThreshold(calibrated, validation));
    }

    private static double bestThreshold(IntentModel model, List<LabeledText> validation) {
        // Predict once with no threshold; each candidate threshold only re-reads the confidences.
        return bestThreshold(validation.stream().map(row -> model.predict(row.text())).toList(), validation);
    }

    /** The threshold for predictions made without one, against the gold labels of the same rows. */
    static double bestThreshold(List<IntentPrediction> predictions, List<LabeledText> validation) {
        double[] inScopeAccuracy = new double[96];
        double[] oosRecall = new double[96];
        for (int step = 0; step <= 95; step++) {
            double threshold = step / 100.0;
            int inScope = 0;
            int inScopeCorrect = 0;
            int oos = 0;
            int oosFound = 0;
            for (int i = 0; i < predictions.size(); i++) {
                IntentPrediction prediction = predictions.get(i);
                boolean rejected = prediction.outOfScope() || prediction.confidence() < threshold;
                if (IntentPrediction.OUT_OF_SCOPE.equals(validation.get(i).label())) {
                    oos++;
                    oosFound += rejected ? 1 : 0;
                } else {
                    inScope++;
                    inScopeCorrect += !rejected && prediction.intent().equals(validation.get(i).label()) ? 1 : 0;
                }
            }
            inScopeAccuracy[step] = (double) inScopeCorrect / Math.max(inScope, 1);
            oosRecall[step] = (double) oosFound / Math.max(oos, 1);
        }
        double best = 0;
        for (int step = 1; step <= 95; step++) {
            if (inScopeAccuracy[step] >= inScopeAccuracy[0] - MAX_IN_SCOPE_LOSS
                    && oosRecall[step] > oosRecall[(int) Math.round(best * 100)]) {
                best = step / 100.0;
            }
        }
        return best;
    }

    private static double safetyThreshold(IntentModel model, List<LabeledText> validation) {
        double[] confidences = validation.stream().map(row -> {
            IntentPrediction prediction = model.predict(row.text());
            return prediction.intent().equals(row.label()) ? prediction.confidence() : Double.NaN;
        }).filter(c -> !c.isNaN()).mapToDouble(Double::doubleValue).sorted().toArray();
        if (confidences.length == 0) {
            return 0;
        }
        int index = (int) Math.floor(confidences.length * REJECTED_SHARE_WITHOUT_OOS_DATA);
        double quantile = Arrays.stream(confidences).skip(index).findFirst().orElse(0);
        return Math.min(quantile, NO_OPINION_FACTOR / model.labels().size());
    }
}
