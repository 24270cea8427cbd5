package dev.parley.api.risk;

import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

import dev.parley.api.nlp.Emotion;

/**
 * What the assistant understood of one customer message: the signals escalation risk is computed
 * from, the same ones the store keeps in a turn's decision.
 *
 * @param text the message text; not {@code null}
 * @param intent the classified intent, or {@code null} when none was classified
 * @param confidence the intent's confidence, 0..1 (0 when none was classified)
 * @param sentimentScore the sentiment score, -1..1
 * @param emotion the dominant emotion, or {@code null} when unknown
 */
@ProviderType
public record MessageSignals(String text, String intent, double confidence, double sentimentScore, Emotion emotion) {

    public MessageSignals {
        Objects.requireNonNull(text, "text");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
        if (!(sentimentScore >= -1.0 && sentimentScore <= 1.0)) {
            throw new IllegalArgumentException("sentimentScore must be within -1..1, was " + sentimentScore);
        }
    }
}
