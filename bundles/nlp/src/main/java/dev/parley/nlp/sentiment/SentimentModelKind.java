package dev.parley.nlp.sentiment;

import java.io.IOException;
import java.util.List;

import dev.parley.api.nlp.ModelInfo;
import dev.parley.nlp.model.ModelKind;
import dev.parley.nlp.model.ModelSource;
import dev.parley.nlp.text.LabeledText;

/**
 * Sentiment models are scored on their golden set by accuracy when it is labelled
 * positive/negative/neutral, or by Pearson r (floored at 0) when it holds numeric scores.
 */
public final class SentimentModelKind implements ModelKind<SentimentModel> {

    @Override
    public String name() {
        return ModelInfo.KIND_SENTIMENT;
    }

    @Override
    public SentimentModel load(ModelSource source, String version) throws IOException {
        return SentimentModel.read(source, version);
    }

    @Override
    public double score(SentimentModel model, List<LabeledText> golden) {
        SentimentEvaluation.Result result = SentimentEvaluation.evaluate(golden, model::analyze);
        if (result instanceof SentimentEvaluation.Classification classification) {
            return classification.accuracy();
        }
        return Math.max(0, ((SentimentEvaluation.Correlation) result).pearson());
    }
}
