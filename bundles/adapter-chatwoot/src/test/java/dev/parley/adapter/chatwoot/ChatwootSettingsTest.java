package dev.parley.adapter.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChatwootSettingsTest {

    @Test
    void mapsQueuesToTeamsAndFallsBackToTheDefaultTeam() {
        ChatwootSettings settings = TestSettings.settings();

        assertThat(settings.teamOf("Billing")).contains(3L);
        assertThat(settings.teamOf("general")).contains(9L);
        assertThat(settings.baseUrl().toString()).isEqualTo("http://127.0.0.1:9");
    }

    @Test
    void withoutDefaultTeamAnUnmappedQueueIsNotAssigned() {
        ChatwootSettings settings = ChatwootSettings.of(TestSettings.config("https://chat.example/", "t", "s", 1,
                new String[] {"billing=3"}, 0), List.of("billing", "shipping"));

        assertThat(settings.teamOf("shipping")).isEmpty();
        assertThat(settings.baseUrl().toString()).as("trailing slash dropped").isEqualTo("https://chat.example");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> ChatwootSettings.of(TestSettings.config("chat.example", "", "", 0,
                new String[] {"billing=three", "returns=4", "general=0"}, -1), List.of("general", "billing")))
                .isInstanceOf(ChatwootSettings.InvalidConfigurationException.class)
                .hasMessageContaining("baseUrl 'chat.example' is not an http(s) URL")
                .hasMessageContaining("apiAccessToken is empty")
                .hasMessageContaining("webhookSecret is empty")
                .hasMessageContaining("accountId must be")
                .hasMessageContaining("teamMapping entry 'billing=three': group id 'three' is not a positive number")
                .hasMessageContaining("teamMapping entry 'general=0': group id '0' is not a positive number")
                .hasMessageContaining("names queue 'returns', which the handoff router does not have")
                .hasMessageContaining("defaultTeamId must be 0 (none) or a Chatwoot id");
    }

    @Test
    void secretsNeverAppearInItsText() {
        assertThat(TestSettings.settings().toString()).doesNotContain("token-1").doesNotContain(TestSettings.SECRET);
    }
}
