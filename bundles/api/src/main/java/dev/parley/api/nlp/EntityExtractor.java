package dev.parley.api.nlp;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds the facts a customer wrote in a message (order numbers, e-mail addresses, dates, amounts
 * ...) and normalizes them so that skills can pass them to the host systems unchanged.
 *
 * <p>Implementations are thread-safe.
 */
@ProviderType
public interface EntityExtractor {

    /**
     * Extracts the entities of one message.
     *
     * @param text the customer's text, as written; offsets of the result refer to it; {@code null}
     *     or blank text has no entities (an empty list, not an exception)
     * @param context what relative expressions ("yesterday", "last Friday") and locale-dependent
     *     formats are resolved against
     * @return the entities ordered by {@link Entity#start()}, possibly empty, unmodifiable; spans
     *     may overlap when the text is ambiguous (e.g. a number that may be an order or a tracking
     *     number), each with its own confidence
     * @throws NullPointerException if {@code context} is {@code null}
     */
    List<Entity> extract(String text, ExtractionContext context);
}
