package dev.parley.adapter.osticket;

import static dev.parley.adapter.osticket.TestSettings.config;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.parley.api.Priority;

class SettingsReaderTest {

    private static final Optional<Set<String>> ROUTER_QUEUES = Optional.of(new LinkedHashSet<>(
            List.of("general", "billing", "shipping")));

    @Test
    void withoutABaseUrlTheAdapterIsNotConfiguredAndNothingIsWrong() {
        SettingsReader.Result result = SettingsReader.read(config(Map.of()), ROUTER_QUEUES);

        assertThat(result.configured()).isFalse();
        assertThat(result.settings()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aCompleteConfigurationGivesSettingsWithTheDocumentedDefaults() {
        OsTicketSettings settings = SettingsReader.read(config(Map.of("baseUrl", "https://help.example.com/",
                "apiKey", "KEY", "topics", new String[] {"shipping=7, Billing = 3"}, "defaultTopicId", "1")),
                ROUTER_QUEUES).settings().orElseThrow();

        assertThat(settings.ticketsEndpoint()).hasToString("https://help.example.com/api/tickets.json");
        assertThat(settings.topicOf("shipping")).isEqualTo(OptionalInt.of(7));
        assertThat(settings.topicOf("billing")).isEqualTo(OptionalInt.of(3));
        assertThat(settings.topicOf("general")).isEqualTo(OptionalInt.of(1));
        assertThat(settings.priorities()).containsExactlyInAnyOrderEntriesOf(
                Map.of(Priority.LOW, 1, Priority.NORMAL, 2, Priority.HIGH, 3, Priority.URGENT, 4));
        assertThat(settings.source()).isEqualTo("API");
        assertThat(settings.connectTimeout().toMillis()).isEqualTo(2000);
        assertThat(settings.readTimeout().toMillis()).isEqualTo(5000);
        assertThat(settings.ranking()).isEqualTo(100);
        assertThat(settings.toString()).doesNotContain("KEY");
    }

    @Test
    void withoutADefaultTopicUnmappedQueuesSendNone() {
        OsTicketSettings settings = SettingsReader.read(config(Map.of("baseUrl", "http://127.0.0.1:8081",
                "apiKey", "KEY")), ROUTER_QUEUES).settings().orElseThrow();

        assertThat(settings.topicOf("shipping")).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceWithWhatToDo() {
        SettingsReader.Result result = SettingsReader.read(config(Map.of("baseUrl", "https://help.example.com",
                "apiKey", " ", "topics", new String[] {"shipping=seven", "returns=4", "billing"},
                "defaultTopicId", "x1", "priorities", new String[] {"critical=5"}, "source", "Chat",
                "readTimeoutMillis", 0)), ROUTER_QUEUES);

        assertThat(result.configured()).isTrue();
        assertThat(result.settings()).isEmpty();
        assertThat(result.problems()).hasSize(8);
        assertThat(String.join("\n", result.problems()))
                .contains("apiKey is empty")
                .contains("'seven' is not a help topic id")
                .contains("the handoff router has no queue 'returns' (its queues: general, billing, shipping)")
                .contains("'billing' is not <queue>=<help topic id>")
                .contains("defaultTopicId 'x1' is not a help topic id")
                .contains("priorities entry 'critical=5'")
                .contains("source 'Chat'")
                .contains("readTimeoutMillis 0 is outside 100 to 60000");
    }

    @Test
    void aBaseUrlMustBeOsTicketsRootOverHttp() {
        assertThat(SettingsReader.read(config(Map.of("baseUrl", "ftp://help.example.com", "apiKey", "K")),
                ROUTER_QUEUES).problems()).singleElement().asString().contains("not an http(s) address");
        assertThat(SettingsReader.read(config(Map.of("baseUrl", "https://help.example.com/api/tickets.json",
                "apiKey", "K")), ROUTER_QUEUES).problems()).singleElement().asString().contains("names the API");
    }

    @Test
    void withoutRouterQueuesAnyQueueNameIsAccepted() {
        assertThat(SettingsReader.read(config(Map.of("baseUrl", "https://help.example.com", "apiKey", "K",
                "topics", new String[] {"returns=4"})), Optional.empty()).settings()).isPresent();
    }

    @Test
    void theRoutersQueuesComeFromItsServicePropertyInEitherForm() {
        assertThat(SettingsReader.queuesOf("general, billing,shipping")).contains(Set.of("general", "billing",
                "shipping"));
        assertThat(SettingsReader.queuesOf(new String[] {"general", "key accounts"})).contains(Set.of("general",
                "key accounts"));
        assertThat(SettingsReader.queuesOf(null)).isEmpty();
    }
}
