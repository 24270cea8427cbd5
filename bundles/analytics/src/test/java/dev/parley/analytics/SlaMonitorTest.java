package dev.parley.analytics;

import static dev.parley.analytics.AnalyticsFixture.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import dev.parley.store.testing.TestDatabase.Backend;

/** The SLA check over real H2: a slow first response turns health WARN and posts one event. */
class SlaMonitorTest {

    @TempDir
    Path folder;
    private AnalyticsFixture fixture;
    private final List<Event> posted = new ArrayList<>();
    private AnalyticsComponent analytics;

    @BeforeEach
    void slowAnswer() throws Exception {
        fixture = new AnalyticsFixture(Backend.H2, folder);
        try (StoreRows rows = new StoreRows(fixture.pool.dataSource())) {
            rows.conversation("slow", "dana", T, "ASSISTANT", T.plusSeconds(45))
                    .message("slow", 1, "CUSTOMER", T).message("slow", 2, "ASSISTANT", T.plusSeconds(45));
        }
    }

    @AfterEach
    void close() throws Exception {
        if (analytics != null) {
            analytics.deactivate();
        }
        fixture.close();
    }

    private SlaMonitor monitor(double firstResponseTarget) {
        analytics = new AnalyticsComponent(fixture.pool,
                AnalyticsFixture.config(firstResponseTarget, 86400, 4.0));
        SlaMonitor monitor = new SlaMonitor(analytics, Clock.fixed(T.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        monitor.events = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                posted.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                posted.add(event);
            }
        };
        return monitor;
    }

    @Test
    void aBreachWarnsNamingTargetAndMeasuredValueAndPostsOneEvent() {
        SlaMonitor monitor = monitor(30);

        monitor.evaluate();
        monitor.evaluate();

        Result result = monitor.execute();
        assertThat(result.getStatus()).isEqualTo(Result.Status.WARN);
        assertThat(result).extracting(ResultLog.Entry::getMessage).anyMatch(message -> message.contains(
                "first_response_seconds") && message.contains("45.0") && message.contains("30.0"));
        assertThat(posted).hasSize(1);
        Event event = posted.get(0);
        assertThat(event.getTopic()).isEqualTo(SlaMonitor.SLA_BREACH_TOPIC);
        assertThat(event.getProperty("target")).isEqualTo(Targets.FIRST_RESPONSE);
        assertThat(event.getProperty("measured")).isEqualTo(45.0);
        monitor.deactivate();
    }

    @Test
    void targetsThatHoldAreOk() {
        SlaMonitor monitor = monitor(60);

        monitor.evaluate();

        assertThat(monitor.execute().getStatus()).isEqualTo(Result.Status.OK);
        assertThat(posted).isEmpty();
        monitor.deactivate();
    }
}
