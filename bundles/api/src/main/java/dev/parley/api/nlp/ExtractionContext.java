package dev.parley.api.nlp;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What an {@link EntityExtractor} resolves relative and locale-dependent expressions against.
 *
 * @param reference the customer's "now": "yesterday" is the day before
 *     {@code reference.toLocalDate()}, in {@code reference}'s time zone; not {@code null}
 * @param locale the language and region of the text, e.g. for "03/04" (day or month first) and
 *     decimal separators; not {@code null}
 */
@ProviderType
public record ExtractionContext(ZonedDateTime reference, Locale locale) {

    public ExtractionContext {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * A context for "now" in the JVM's default time zone and locale: convenient for tools and
     * tests; the assistant uses the customer's time zone and locale where it knows them.
     *
     * @return a new context
     */
    public static ExtractionContext now() {
        return new ExtractionContext(ZonedDateTime.now(), Locale.getDefault());
    }
}
