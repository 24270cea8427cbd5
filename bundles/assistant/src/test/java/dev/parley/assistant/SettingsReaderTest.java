package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration values become settings; invalid ones fall back to their defaults. */
class SettingsReaderTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        AssistantSettings settings = SettingsReader.read(ConfigStub.config(Map.of()));

        assertThat(settings.maxTextLength()).isEqualTo(8192);
        assertThat(settings.negativeSentimentThreshold()).isEqualTo(-0.6);
        assertThat(settings.lowConfidenceTurns()).isEqualTo(2);
        assertThat(settings.sensitiveIntents()).containsExactlyInAnyOrder("delete_account", "complaint");
        assertThat(settings.sensitiveKeywords()).contains("fraud", "lawyer", "chargeback", "gdpr");
        assertThat(settings.humanRequestPhrases()).contains("human", "real person", "agent", "representative",
                "speak to someone", "operator");
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.defaultLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void invalidValuesFallBackToTheirDefaults() {
        AssistantSettings settings = SettingsReader.read(ConfigStub.config(Map.of("maxTextLength", 0,
                "negativeSentimentThreshold", -3.0, "timeZone", "Mars/Olympus", "confidenceThreshold", 1.5,
                "defaultLocale", "", "knowledgeMinScore", -1.0, "defaultQueue", " ")));

        assertThat(settings.maxTextLength()).isEqualTo(8192);
        assertThat(settings.negativeSentimentThreshold()).isEqualTo(-0.6);
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.confidenceThreshold()).isEqualTo(0.5);
        assertThat(settings.defaultLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(settings.knowledgeMinScore()).isZero();
        assertThat(settings.defaultQueue()).isEqualTo("general");
    }

    @Test
    void phrasesAreTrimmedLowerCasedAndDeduplicated() {
        AssistantSettings settings = SettingsReader.read(ConfigStub.config(Map.of("humanRequestPhrases",
                new String[] {" Human ", "human", "", "Live Agent"}, "timeZone", "Europe/Berlin")));

        assertThat(settings.humanRequestPhrases()).containsExactly("human", "live agent");
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void suggestionsFollowOrderAnswersByDefaultAndACfgListIsSplit() {
        AssistantSettings defaults = SettingsReader.read(ConfigStub.config(Map.of()));
        AssistantSettings fromCfg = SettingsReader.read(ConfigStub.config(Map.of("offerRecommendations", false,
                "recommendAfterIntents", new String[] {"order_status, Track_Order;cancel_order"})));

        assertThat(defaults.offerRecommendations()).isTrue();
        assertThat(defaults.recommendAfterIntents()).containsExactlyInAnyOrder("order_status", "track_order");
        assertThat(fromCfg.offerRecommendations()).isFalse();
        assertThat(fromCfg.recommendAfterIntents()).containsExactlyInAnyOrder("order_status", "track_order",
                "cancel_order");
    }
}
