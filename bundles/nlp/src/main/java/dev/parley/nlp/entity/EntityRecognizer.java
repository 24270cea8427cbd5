package dev.parley.nlp.entity;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.nlp.ExtractionContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds order numbers, product codes, tracking numbers, e-mail addresses, phone numbers, amounts
 * of money and dates in a message, with plain Java and no OSGi: the service
 * {@link PatternEntityExtractor} and command-line tools share it.
 *
 * <p>Each stretch of text gets at most one entity (see {@link OverlapResolver}). Every pattern is
 * anchored at a word boundary and bounded, so time grows linearly with the text. Immutable and
 * thread-safe: one instance serves all threads.
 */
public final class EntityRecognizer {

    private final List<SpanRecognizer> recognizers;

    /** A recognizer for the given shop settings. */
    public EntityRecognizer(EntityPatterns patterns) {
        List<SpanRecognizer> all = new ArrayList<>();
        patterns.orderNumber().ifPresent(pattern ->
                all.add(new IdentifierRecognizer(EntityTypes.ORDER_NUMBER, pattern, 0.95, 0.6)));
        patterns.productCode().ifPresent(pattern ->
                all.add(new IdentifierRecognizer(EntityTypes.PRODUCT_CODE, pattern, 0.9, 0.85)));
        patterns.trackingNumber().ifPresent(pattern ->
                all.add(new IdentifierRecognizer(EntityTypes.TRACKING_NUMBER, pattern, 0.95, 0.9)));
        all.add(new EmailRecognizer());
        all.add(new PhoneRecognizer(patterns.phoneRegionPrefix()));
        all.add(new MoneyRecognizer(patterns.defaultCurrency()));
        all.add(new AbsoluteDateRecognizer(patterns.dayFirst()));
        all.add(new RelativeDateRecognizer());
        this.recognizers = List.copyOf(all);
    }

    /**
     * @param text the message as written; {@code null} or blank gives no entities
     * @param context the reference date (in its own time zone) for relative and year-less dates
     * @return the entities ordered by start, unmodifiable, not overlapping
     * @throws NullPointerException if {@code context} is {@code null}
     */
    public List<Entity> recognize(String text, ExtractionContext context) {
        Objects.requireNonNull(context, "context");
        if (text == null || text.isBlank()) {
            return List.of();
        }
        LocalDate today = context.reference().toLocalDate();
        List<Entity> candidates = new ArrayList<>();
        for (SpanRecognizer recognizer : recognizers) {
            recognizer.findAll(text, today, candidates);
        }
        return OverlapResolver.resolve(candidates);
    }
}
