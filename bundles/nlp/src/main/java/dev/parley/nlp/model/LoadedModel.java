package dev.parley.nlp.model;

import java.time.Instant;

import org.osgi.framework.Version;

/**
 * One version of a model in memory, with where it came from and how it did on its golden set.
 *
 * @param <M> the model type, e.g. an intent model
 * @param bundleId the model bundle it was loaded from
 * @param goldenScore its score on the golden set it was admitted with
 */
public record LoadedModel<M>(ModelDescriptor descriptor, Version version, long bundleId, M model,
        double goldenScore, Instant loadedAt) {

    /** The same facts without the model itself, so that the model can be garbage collected. */
    LoadedModel<M> withoutModel() {
        return new LoadedModel<>(descriptor, version, bundleId, null, goldenScore, loadedAt);
    }

    public String label() {
        return descriptor.id() + " " + version;
    }
}
