package dev.parley.api.nlp;

import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Everything the NLP services found in one customer message.
 *
 * @param intent what the customer wants; not {@code null}
 * @param entities the facts found, ordered by offset; {@code null} is taken as empty (e.g. no
 *     extractor is installed); the list is an unmodifiable copy
 * @param sentiment how the customer feels, or {@code null} when no sentiment analyzer is installed
 */
@ProviderType
public record Understanding(IntentPrediction intent, List<Entity> entities, Sentiment sentiment) {

    public Understanding {
        Objects.requireNonNull(intent, "intent");
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
