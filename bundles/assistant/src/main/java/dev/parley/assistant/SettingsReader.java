package dev.parley.assistant;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the component's configuration into {@link AssistantSettings}. An invalid value is logged
 * at WARN with what is allowed and replaced by its default, so a typo in {@code etc/} never stops
 * customers from being answered.
 */
final class SettingsReader {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsReader.class);

    private SettingsReader() {
    }

    static AssistantSettings read(AssistantComponent.Config config) {
        return new AssistantSettings(
                atLeast("maxTextLength", config.maxTextLength(), 1, AssistantSettings.DEFAULT_MAX_TEXT_LENGTH),
                atLeast("staleRetries", config.staleRetries(), 0, AssistantSettings.DEFAULT_STALE_RETRIES),
                locale(config.defaultLocale()),
                zone(config.timeZone()),
                fraction("confidenceThreshold", config.confidenceThreshold(), 0, 1,
                        AssistantSettings.DEFAULT_CONFIDENCE_THRESHOLD),
                atLeast("lowConfidenceTurns", config.lowConfidenceTurns(), 1,
                        AssistantSettings.DEFAULT_LOW_CONFIDENCE_TURNS),
                fraction("negativeSentimentThreshold", config.negativeSentimentThreshold(), -1, 1,
                        AssistantSettings.DEFAULT_NEGATIVE_SENTIMENT_THRESHOLD),
                fraction("angerMinConfidence", config.angerMinConfidence(), 0, 1,
                        AssistantSettings.DEFAULT_ANGER_MIN_CONFIDENCE),
                phrases(config.humanRequestPhrases()),
                Set.copyOf(phrases(config.sensitiveIntents())),
                phrases(config.sensitiveKeywords()),
                fraction("pendingEscapeConfidence", config.pendingEscapeConfidence(), 0, 1,
                        AssistantSettings.DEFAULT_PENDING_ESCAPE_CONFIDENCE),
                config.knowledgeMinScore() >= 0 ? config.knowledgeMinScore()
                        : invalid("knowledgeMinScore", config.knowledgeMinScore(), ">= 0",
                                AssistantSettings.DEFAULT_KNOWLEDGE_MIN_SCORE),
                config.defaultQueue() == null || config.defaultQueue().isBlank() ? AssistantSettings.DEFAULT_QUEUE
                        : config.defaultQueue().strip(),
                atLeast("historyLimit", config.historyLimit(), 1, AssistantSettings.DEFAULT_HISTORY_LIMIT),
                fraction("predictedEscalationThreshold", config.predictedEscalationThreshold(), 0, 1,
                        AssistantSettings.DEFAULT_PREDICTED_ESCALATION_THRESHOLD));
    }

    private static int atLeast(String name, int value, int minimum, int fallback) {
        return value >= minimum ? value : invalid(name, value, ">= " + minimum, fallback);
    }

    private static double fraction(String name, double value, double min, double max, double fallback) {
        return value >= min && value <= max ? value : invalid(name, value, "in [" + min + ", " + max + "]", fallback);
    }

    private static <T> T invalid(String name, Object value, String allowed, T fallback) {
        LOG.warn("{} {}: {} must be {}; using {}", AssistantComponent.PID, name, value, allowed, fallback);
        return fallback;
    }

    private static Locale locale(String tag) {
        Locale locale = tag == null ? Locale.ROOT : Locale.forLanguageTag(tag.strip());
        return locale.getLanguage().isEmpty()
                ? invalid("defaultLocale", tag, "a BCP 47 language tag such as en or en-GB",
                        Locale.forLanguageTag(AssistantSettings.DEFAULT_LOCALE))
                : locale;
    }

    /** The demo shop's zone, also the handoff router's default. */
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

    private static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            return invalid("timeZone", id, "a time zone id such as Europe/Berlin", DEFAULT_ZONE);
        }
    }

    /** Lower-case, trimmed, blank entries dropped, duplicates removed in order. */
    private static List<String> phrases(String[] values) {
        if (values == null) {
            return List.of();
        }
        return List.copyOf(Arrays.stream(values).filter(Objects::nonNull).map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
