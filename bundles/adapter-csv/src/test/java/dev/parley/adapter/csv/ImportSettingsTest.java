package dev.parley.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;

class ImportSettingsTest {

    @Test
    void theDefaultsWatchImportTicketsInTheParleyHome() {
        ImportSettings settings = ImportSettings.from(TestConfig.defaults(), "/opt/parley", NOPLogger.NOP_LOGGER);

        assertThat(settings.folder()).isEqualTo(Path.of("/opt/parley/import/tickets"));
        assertThat(settings.delimiter()).isEqualTo(',');
        assertThat(settings.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(settings.pollSeconds()).isEqualTo(10);
        assertThat(settings.dates().parse("2023-06-01 12:15:36")).isEqualTo(Instant.parse("2023-06-01T12:15:36Z"));
        assertThat(settings.dates().parse("2021-03-22")).isEqualTo(Instant.parse("2021-03-22T00:00:00Z"));
        assertThat(settings.dates().parse("2023-06-01T12:15:36+02:00")).isEqualTo(Instant.parse("2023-06-01T10:15:36Z"));
    }

    @Test
    void aTabIsWrittenAsBackslashTOrTab() {
        assertThat(ImportSettings.from(TestConfig.with(Map.of("delimiter", "\\t")), null, NOPLogger.NOP_LOGGER).delimiter())
                .isEqualTo('\t');
        assertThat(ImportSettings.from(TestConfig.with(Map.of("delimiter", "TAB")), null, NOPLogger.NOP_LOGGER).delimiter())
                .isEqualTo('\t');
    }

    @Test
    void valuesThatCannotBeUsedFallBackToTheirDefaults() {
        ImportSettings settings = ImportSettings.from(TestConfig.with(Map.of("delimiter", ";;", "charset", "klingon",
                "timeZone", "Mars/Olympus", "pollSeconds", 0, "dateFormats", new String[] {"yyyy-MM-dd HH:mm:ss", "bbb{"},
                "batchSize", 0, "folder", "/data/exports")), "/opt/parley", NOPLogger.NOP_LOGGER);

        assertThat(settings.delimiter()).isEqualTo(',');
        assertThat(settings.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(settings.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.pollSeconds()).isEqualTo(10);
        assertThat(settings.batchSize()).isEqualTo(500);
        assertThat(settings.dates().parse("17.05.2022")).isEqualTo(Instant.parse("2022-05-17T00:00:00Z"));
        assertThat(settings.folder()).isEqualTo(Path.of("/data/exports"));
    }
}
