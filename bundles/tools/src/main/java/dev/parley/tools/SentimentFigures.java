package dev.parley.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.parley.nlp.sentiment.SentimentEvaluation;
import dev.parley.nlp.sentiment.SentimentModel;
import dev.parley.nlp.text.LabeledText;

/** The figures {@code evaluate} prints for a sentiment model, keyed as the CLI documents them. */
final class SentimentFigures {

    private SentimentFigures() {
    }

    static Map<String, Double> of(List<LabeledText> data, SentimentModel model) {
        long started = System.nanoTime();
        SentimentEvaluation.Result result = SentimentEvaluation.evaluate(data, model::analyze);
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-9);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("examples", (double) result.examples());
        if (result instanceof SentimentEvaluation.Classification classification) {
            figures.put("accuracy", classification.accuracy());
            figures.put("macro_f1", classification.macroF1());
        } else {
            figures.put("pearson_r", ((SentimentEvaluation.Correlation) result).pearson());
        }
        figures.put("docs_per_second", result.examples() / seconds);
        return figures;
    }
}
