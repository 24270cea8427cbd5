package dev.parley.api.nlp;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One fact found in a message, both as written and normalized.
 *
 * <p>Its {@code toString()} contains personal data (e-mail addresses, phone numbers): log it at
 * DEBUG only.
 *
 * @param type what kind of fact, one of the {@link EntityTypes} constants or another lower-case
 *     name; not {@code null}
 * @param value the normalized value, in the format {@link EntityTypes} documents for the type;
 *     not {@code null}
 * @param text the text as the customer wrote it, equal to {@code message.substring(start, end)};
 *     not {@code null}
 * @param start the offset of the first char of {@code text} in the message, {@code >= 0}
 * @param end the offset after the last char of {@code text} (exclusive), {@code > start}
 * @param confidence the extractor's confidence, in [0, 1]; rule-based matches may report 1
 */
@ProviderType
public record Entity(String type, String value, String text, int start, int end, double confidence) {

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0 but was " + start);
        }
        if (end <= start) {
            throw new IllegalArgumentException(
                    "end must be > start (" + start + ") but was " + end);
        }
        Ranges.requireInRange(confidence, 0.0, 1.0, "confidence");
    }
}
