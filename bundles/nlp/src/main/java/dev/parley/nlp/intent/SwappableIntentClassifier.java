package dev.parley.nlp.intent;

import java.util.Map;

import dev.parley.api.ParleyException;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.ModelInfo;
import dev.parley.nlp.model.LoadedModel;
import dev.parley.nlp.model.ModelSlot;

/**
 * The {@link IntentClassifier} service of one intent model: each call reads the slot's active
 * version once, so a swap never mixes two versions in one answer.
 */
public final class SwappableIntentClassifier implements IntentClassifier {

    private final ModelSlot<IntentModel> slot;

    public SwappableIntentClassifier(ModelSlot<IntentModel> slot) {
        this.slot = slot;
    }

    @Override
    public IntentPrediction classify(String text) {
        return current().model().predict(text);
    }

    @Override
    public ModelInfo model() {
        LoadedModel<IntentModel> loaded = current();
        return new ModelInfo(loaded.descriptor().name(), loaded.version().toString(), loaded.descriptor().kind(),
                loaded.descriptor().language(), loaded.loadedAt(), Map.of("golden_accuracy", loaded.goldenScore()));
    }

    private LoadedModel<IntentModel> current() {
        LoadedModel<IntentModel> loaded = slot.active();
        if (loaded == null) {
            throw new ParleyException("no intent model is active: install a model bundle into deploy/");
        }
        return loaded;
    }
}
