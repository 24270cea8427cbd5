package dev.parley.api.nlp;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * How a customer feels in one message.
 *
 * @param score polarity in [-1, 1]: -1 very negative, 0 neutral, 1 very positive
 * @param label the polarity class; not {@code null}
 * @param emotion the dominant emotion; not {@code null}
 * @param emotionConfidence the analyzer's confidence in {@code emotion}, in [0, 1]
 * @param modelVersion the version of the model that produced this result (see
 *     {@link ModelInfo#version()}); not {@code null}
 */
@ProviderType
public record Sentiment(
        double score,
        SentimentLabel label,
        Emotion emotion,
        double emotionConfidence,
        String modelVersion) {

    public Sentiment {
        Ranges.requireInRange(score, -1.0, 1.0, "score");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(emotion, "emotion");
        Ranges.requireInRange(emotionConfidence, 0.0, 1.0, "emotionConfidence");
        Objects.requireNonNull(modelVersion, "modelVersion");
    }
}
