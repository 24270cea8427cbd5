package dev.parley.nlp.sentiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

import dev.parley.nlp.intent.IntentFeatures;
import dev.parley.nlp.intent.IntentTrainer;
import dev.parley.nlp.text.LabeledText;

/**
 * Trains a {@link PolarityBlend} from rows labelled positive or negative: a word and bigram
 * maximum-entropy classifier, with the blend weight chosen on a held-out fifth of the rows. When
 * there are too few rows, or no weight beats the lexicon alone on the held-out rows, there is no
 * blend and the model stays lexicon-only.
 */
public final class PolarityBlendTrainer {

    /** Fewer labelled rows than this teach a classifier less than the lexicon already knows. */
    public static final int MIN_ROWS = 200;
    private static final double[] WEIGHTS = {0, 0.25, 0.5, 0.75, 1};

    private final SentimentEngine lexicon;
    private final Consumer<String> progress;

    public PolarityBlendTrainer(SentimentEngine lexicon, Consumer<String> progress) {
        this.lexicon = lexicon;
        this.progress = progress;
    }

    public Optional<PolarityBlend> train(List<LabeledText> data) throws IOException {
        List<LabeledText> polar = data.stream()
                .filter(row -> row.label().equals("positive") || row.label().equals("negative")).toList();
        if (polar.size() < MIN_ROWS || polar.stream().map(LabeledText::label).distinct().count() < 2) {
            progress.accept("lexicon only: " + polar.size() + " positive/negative rows, " + MIN_ROWS + " needed to train");
            return Optional.empty();
        }
        List<LabeledText> shuffled = new ArrayList<>(polar);
        Collections.shuffle(shuffled, new Random(42));
        int cut = shuffled.size() * 4 / 5;
        PolarityBlend candidate = new PolarityBlend(classifier(shuffled.subList(0, cut)), 0);
        List<LabeledText> heldOut = shuffled.subList(cut, shuffled.size());
        double bestWeight = 0;
        double bestAccuracy = accuracy(candidate, heldOut);
        for (double weight : WEIGHTS) {
            double accuracy = accuracy(new PolarityBlend(candidate.classifier(), weight), heldOut);
            progress.accept(String.format(java.util.Locale.ROOT, "blend weight %.2f: held-out accuracy %.3f", weight, accuracy));
            if (accuracy > bestAccuracy) {
                bestAccuracy = accuracy;
                bestWeight = weight;
            }
        }
        if (bestWeight == 0) {
            progress.accept("lexicon only: the classifier does not improve held-out accuracy");
            return Optional.empty();
        }
        return Optional.of(new PolarityBlend(classifier(polar), bestWeight));
    }

    private dev.parley.nlp.intent.IntentModel classifier(List<LabeledText> rows) throws IOException {
        IntentTrainer.Settings settings = IntentTrainer.Settings.defaults().withAlgorithm(IntentTrainer.Algorithm.MAXENT)
                .withFeatures(new IntentFeatures(true, 0, 0), 1, 100);
        return new IntentTrainer(settings, message -> { }).train(rows, "polarity").model();
    }

    private double accuracy(PolarityBlend blend, List<LabeledText> rows) {
        int correct = 0;
        for (LabeledText row : rows) {
            double score = blend.adjust(row.text(), lexicon.analyze(row.text(), "training").score());
            correct += (score >= 0 ? "positive" : "negative").equals(row.label()) ? 1 : 0;
        }
        return (double) correct / rows.size();
    }
}
