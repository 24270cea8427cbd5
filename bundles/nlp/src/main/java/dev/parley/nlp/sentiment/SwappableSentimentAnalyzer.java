package dev.parley.nlp.sentiment;

import java.util.Map;
import java.util.Objects;

import dev.parley.api.ParleyException;
import dev.parley.api.nlp.ModelInfo;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.nlp.model.LoadedModel;
import dev.parley.nlp.model.ModelSlot;

/** The {@link SentimentAnalyzer} service of one sentiment model; one version per call. */
public final class SwappableSentimentAnalyzer implements SentimentAnalyzer {

    private final ModelSlot<SentimentModel> slot;

    public SwappableSentimentAnalyzer(ModelSlot<SentimentModel> slot) {
        this.slot = slot;
    }

    @Override
    public Sentiment analyze(String text) {
        Objects.requireNonNull(text, "text");
        return current().model().analyze(text);
    }

    @Override
    public ModelInfo model() {
        LoadedModel<SentimentModel> loaded = current();
        return new ModelInfo(loaded.descriptor().name(), loaded.version().toString(), loaded.descriptor().kind(),
                loaded.descriptor().language(), loaded.loadedAt(), Map.of("golden_score", loaded.goldenScore()));
    }

    private LoadedModel<SentimentModel> current() {
        LoadedModel<SentimentModel> loaded = slot.active();
        if (loaded == null) {
            throw new ParleyException("no sentiment model is active: install a model bundle into deploy/");
        }
        return loaded;
    }
}
