package dev.parley.tools;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import dev.parley.nlp.intent.IntentEvaluation;
import dev.parley.nlp.intent.IntentModel;
import dev.parley.nlp.model.ModelJar;
import dev.parley.nlp.sentiment.SentimentModel;
import dev.parley.nlp.text.LabeledText;
import dev.parley.nlp.text.LabeledTextReader;

/** {@code evaluate}: scores a model bundle on labeled data; prints one JSON object. */
final class EvaluateCommand {

    static final Set<String> OPTIONS = Set.of("model", "data");

    private final Options options;

    EvaluateCommand(Options options) {
        this.options = options;
    }

    String run() throws UsageException, IOException {
        ModelJar.Contents model = ModelJar.read(options.existingFile("model"));
        List<LabeledText> data = LabeledTextReader.read(options.existingFile("data"));
        if (model.descriptor().kind().equals("sentiment")) {
            return toJson(SentimentFigures.of(data, SentimentModel.read(model.source(), model.version().toString())));
        }
        if (!model.descriptor().kind().equals("intent")) {
            throw new UsageException("evaluating " + model.descriptor().kind() + " models is not supported");
        }
        IntentModel intents = IntentModel.read(model.source(), model.version().toString());
        return toJson(IntentEvaluation.evaluate(data, intents::predict));
    }

    static String toJson(Map<String, Double> figures) {
        JsonObject json = new JsonObject();
        figures.forEach((name, value) -> {
            if (name.equals("examples")) {
                json.addProperty(name, value.longValue());
            } else {
                json.addProperty(name, Math.round(value * 10000) / 10000.0);
            }
        });
        return new GsonBuilder().create().toJson(json);
    }
}
