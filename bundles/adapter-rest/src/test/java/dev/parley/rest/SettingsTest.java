package dev.parley.rest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void wrongValuesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new Settings(0, 100, 16, Duration.ofSeconds(1), 5, 4, "rest"))
                .hasMessageContaining("maxTextBytes");
        assertThatThrownBy(() -> new Settings(8192, 1000, 16, Duration.ofSeconds(1), 5, 4, "rest"))
                .hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> new Settings(10, 100, 16, Duration.ZERO, 5, 4, "rest"))
                .hasMessageContaining("replyTimeoutSeconds");
        assertThatThrownBy(() -> new Settings(10, 100, 16, Duration.ofSeconds(1), 5, 4, "Web Chat"))
                .hasMessageContaining("defaultChannel");
    }
}
