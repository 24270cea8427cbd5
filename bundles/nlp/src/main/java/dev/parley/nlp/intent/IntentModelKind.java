package dev.parley.nlp.intent;

import java.io.IOException;
import java.util.List;

import dev.parley.api.nlp.ModelInfo;
import dev.parley.nlp.model.ModelKind;
import dev.parley.nlp.model.ModelSource;
import dev.parley.nlp.text.LabeledText;

/** Intent models are scored by accuracy on their golden set, out-of-scope rows included. */
public final class IntentModelKind implements ModelKind<IntentModel> {

    @Override
    public String name() {
        return ModelInfo.KIND_INTENT;
    }

    @Override
    public IntentModel load(ModelSource source, String version) throws IOException {
        return IntentModel.read(source, version);
    }

    @Override
    public double score(IntentModel model, List<LabeledText> golden) {
        return IntentEvaluation.evaluate(golden, model::predict).get("accuracy");
    }
}
