package dev.parley.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.parley.nlp.intent.IntentEvaluation;
import dev.parley.nlp.intent.IntentTrainer;
import dev.parley.nlp.sentiment.EmotionLexicon;
import dev.parley.nlp.sentiment.PolarityBlend;
import dev.parley.nlp.sentiment.PolarityBlendTrainer;
import dev.parley.nlp.sentiment.SentimentEngine;
import dev.parley.nlp.sentiment.SentimentLexicon;
import dev.parley.nlp.sentiment.SentimentModel;
import dev.parley.nlp.text.LabeledText;
import dev.parley.nlp.text.LabeledTextReader;

/**
 * The evaluation profile ({@code -Peval}): trains and scores Parley's NLP on the public data sets
 * in ../shared/data and prints one line per figure. Skipped when the data is not there. Figures are
 * printed, not asserted: they are measurements, and the targets live in the issue tracker.
 */
class SharedDataEvaluation {

    private static Path data;

    @BeforeAll
    static void findData() {
        String folder = System.getProperty("parley.shared.data", "../../../shared/data");
        data = Path.of(folder);
        assumeTrue(Files.isDirectory(data.resolve("intent")), "no shared data at " + data.toAbsolutePath());
    }

    @Test
    void banking77() throws IOException {
        List<LabeledText> rows = new ArrayList<>(read("intent/banking77-train.tsv"));
        Collections.shuffle(rows, new Random(2026));
        int cut = rows.size() * 9 / 10;
        long started = System.nanoTime();
        IntentTrainer.Result result = new IntentTrainer(IntentTrainer.Settings.defaults()
                .withAlgorithm(IntentTrainer.Algorithm.SOFTMAX), System.err::println).train(rows.subList(0, cut), "eval");
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> figures = IntentEvaluation.evaluate(rows.subList(cut, rows.size()), result.model()::predict);
        report("banking77 (90/10 split of train)", figures, seconds);
        assertThat(figures).containsKey("accuracy");
    }

    @Test
    void clinc150() throws IOException {
        List<LabeledText> validation = read("intent/clinc150-val.tsv");
        long started = System.nanoTime();
        IntentTrainer.Result result = new IntentTrainer(IntentTrainer.Settings.defaults()
                .withAlgorithm(IntentTrainer.Algorithm.SOFTMAX), System.err::println)
                .train(read("intent/clinc150-train.tsv"), validation, "eval");
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> figures = IntentEvaluation.evaluate(validation, result.model()::predict);
        report("clinc150 (train, tuned and reported on val)", figures, seconds);
        assertThat(figures).containsKey("oos_recall");
    }

    /**
     * Out-of-scope detection on messages the threshold was not tuned on: tuned on one half of
     * CLINC150 val (stratified by label), reported on the other half. This is the figure that
     * transfers to new data; the one above is optimistic.
     */
    @Test
    void clinc150HeldOut() throws IOException {
        Map<String, List<LabeledText>> byLabel = new TreeMap<>();
        read("intent/clinc150-val.tsv").forEach(row -> byLabel.computeIfAbsent(row.label(), k -> new ArrayList<>()).add(row));
        List<LabeledText> tuning = new ArrayList<>();
        List<LabeledText> test = new ArrayList<>();
        Random random = new Random(2026);
        for (List<LabeledText> rows : byLabel.values()) {
            Collections.shuffle(rows, random);
            tuning.addAll(rows.subList(0, rows.size() / 2));
            test.addAll(rows.subList(rows.size() / 2, rows.size()));
        }
        long started = System.nanoTime();
        IntentTrainer.Result result = new IntentTrainer(IntentTrainer.Settings.defaults()
                .withAlgorithm(IntentTrainer.Algorithm.SOFTMAX), System.err::println)
                .train(read("intent/clinc150-train.tsv"), tuning, "eval");
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> figures = IntentEvaluation.evaluate(test, result.model()::predict);
        report("clinc150 (tuned on half of val, other half)", figures, seconds);
        assertThat(figures).containsKey("oos_recall");
    }

    @Test
    void sentiment() throws IOException {
        SentimentEngine lexicon = new SentimentEngine(vaderLexicon(), EmotionLexicon.english());
        SentimentModel model = new SentimentModel(lexicon, null, "eval");
        for (String file : List.of("vader-tweets", "vader-amazon", "vader-movie", "kotzias-amazon", "kotzias-imdb")) {
            Map<String, Double> figures = SentimentFigures.of(read("sentiment/" + file + ".tsv"), model);
            report(file + " (lexicon)", figures, 0);
            assertThat(figures).containsKey("docs_per_second");
        }
        for (String[] pair : new String[][] {{"kotzias-amazon", "kotzias-imdb"}, {"kotzias-imdb", "kotzias-amazon"}}) {
            PolarityBlend blend = new PolarityBlendTrainer(lexicon, System.err::println)
                    .train(read("sentiment/" + pair[0] + ".tsv")).orElse(null);
            Map<String, Double> figures = SentimentFigures.of(read("sentiment/" + pair[1] + ".tsv"),
                    new SentimentModel(lexicon, blend, "eval"));
            report(pair[1] + " (trained on " + pair[0] + ")", figures, 0);
        }
    }

    private static SentimentLexicon vaderLexicon() throws IOException {
        try (InputStream in = SharedDataEvaluation.class.getResourceAsStream("/vader_sentiment_lexicon.txt")) {
            return SentimentLexicon.read(in);
        }
    }

    private static List<LabeledText> read(String file) throws IOException {
        return LabeledTextReader.read(data.resolve(file));
    }

    private static void report(String name, Map<String, Double> figures, double trainingSeconds) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "EVAL %-45s", name));
        figures.forEach((key, value) -> line.append(String.format(Locale.ROOT, " %s=%.4f", key, value)));
        if (trainingSeconds > 0) {
            line.append(String.format(Locale.ROOT, " training_seconds=%.1f", trainingSeconds));
        }
        System.out.println(line);
    }
}
