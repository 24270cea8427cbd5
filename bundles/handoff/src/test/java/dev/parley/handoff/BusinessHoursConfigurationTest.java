package dev.parley.handoff;

import static dev.parley.handoff.BusinessCalendarTest.berlin;
import static dev.parley.handoff.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.nlp.Emotion;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The handoff's expected response time follows its priority's target in business time. */
class BusinessHoursConfigurationTest {

    private final ConfiguredHandoffRouter router = new ConfiguredHandoffRouter(Configs.defaults());

    @Test
    void aFridayAfternoonRequestIsAnsweredInBusinessTimeOfItsPriority() {
        // Friday 27 November 2026, 16:30 in Berlin
        Handoff urgent = router.route(request().at(berlin("2026-11-27T16:30")).text("fraud").build());
        Handoff normal = router.route(request().at(berlin("2026-11-27T16:30")).build());

        assertThat(urgent.priority()).isEqualTo(Priority.URGENT);
        assertThat(urgent.expectedResponseBy()).isEqualTo(berlin("2026-11-28T10:30"));
        assertThat(urgent.withinBusinessHours()).isTrue();
        assertThat(normal.expectedResponseBy()).isEqualTo(berlin("2026-11-30T12:30"));
    }

    @Test
    void aSaturdayEveningRequestWaitsForMonday() {
        Handoff handoff = router.route(request().at(berlin("2026-11-28T19:00")).tier("vip").build());

        assertThat(handoff.withinBusinessHours()).isFalse();
        assertThat(handoff.priority()).isEqualTo(Priority.HIGH);
        assertThat(handoff.expectedResponseBy()).isEqualTo(berlin("2026-11-30T13:00"));
    }

    @Test
    void configuredHoursHolidaysZoneAndTargetsApply() {
        ConfiguredHandoffRouter configured = new ConfiguredHandoffRouter(Configs.with(Map.of(
                "timeZone", "America/New_York",
                "openingHours", "mon-fri 08:00-20:00",
                "holidays", "2026-11-26",
                "responseTargets", "urgent=30m, normal=PT2H")));
        // Wednesday 25 November 2026, 19:00 in New York; Thursday is Thanksgiving
        Handoff handoff = configured.route(request().at(Instant.parse("2026-11-26T00:00:00Z"))
                .sentiment(-0.9, Emotion.ANGER).build());

        assertThat(handoff.withinBusinessHours()).isTrue();
        assertThat(handoff.expectedResponseBy()).isEqualTo(Instant.parse("2026-11-26T00:30:00Z"));
        Handoff later = configured.route(request().at(Instant.parse("2026-11-26T00:30:00Z")).build());
        // 19:30: half an hour left on Wednesday, the other 90 minutes on Friday from 08:00 (13:00 UTC)
        assertThat(later.expectedResponseBy()).isEqualTo(Instant.parse("2026-11-27T14:30:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " # ", value = {
        "mon-fri # has no hours: write e.g. 'mon-fri 09:00-17:00'",
        "weekdays 09:00-17:00 # has day 'weekdays': write mon, tue, wed, thu, fri, sat or sun",
        "mo 09:00-17:00 # has day 'mo': write mon, tue, wed, thu, fri, sat or sun",
        "mon 9-17 # has '9-17', which is not a time range such as 09:00-17:00",
        "mon 17:00-09:00 # has '17:00-09:00', which does not end after it starts on the same day: split hours past"
                + " midnight into two entries, ending at 24:00 and starting at 00:00",
        "mon 09:00-25:00 # has '09:00-25:00', whose times are not between 00:00 and 24:00",
        "mon 09:60-10:00 # has '09:60-10:00', whose times are not between 00:00 and 24:00",
        "mon-fri: 09:00-17:00 # does not start with a day or a range of days such as mon-fri"})
    void anInvalidOpeningHoursEntryIsReportedAndSkipped(String entry, String problem) {
        RoutingPolicyReader.Result result = Configs.read(Configs.with("openingHours",
                new String[] {entry, "sun 10:00-12:00"}));

        assertThat(result.problems()).containsExactly("openingHours entry '" + entry + "' " + problem + "; skipped");
        assertThat(result.policy().calendar().isOpen(berlin("2026-11-29T11:00"))).isTrue();
        assertThat(result.policy().calendar().isOpen(berlin("2026-11-30T11:00"))).isFalse();
    }

    @Test
    void whenNoOpeningHoursEntryIsValidTheDefaultHoursApply() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with("openingHours", "always"));

        assertThat(result.problems()).contains("openingHours has no valid entry; using mon-fri 09:00-17:00,"
                + " sat 10:00-14:00 (leave it empty for a service that is staffed around the clock)");
        assertThat(result.policy().calendar().isOpen(berlin("2026-11-28T11:00"))).isTrue();
        assertThat(result.policy().calendar().isOpen(berlin("2026-11-29T11:00"))).isFalse();
    }

    @Test
    void invalidHolidaysAreReportedAndSkipped() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with("holidays",
                "24.12.2026, 2026-02-30, 2026-12-31..2026-12-01, 2026-01-01..2027-06-01, 2026-11-30"));

        String expected = "is not a date (2026-12-24), a day of every year (12-25) or a range (2026-12-24..2027-01-01);"
                + " skipped";
        assertThat(result.problems()).containsExactly(
                "holidays entry '24.12.2026' " + expected,
                "holidays entry '2026-02-30' " + expected,
                "holidays entry '2026-12-31..2026-12-01' is not a range of up to 366 days from the earlier to the later"
                        + " date; skipped",
                "holidays entry '2026-01-01..2027-06-01' is not a range of up to 366 days from the earlier to the"
                        + " later date; skipped");
        assertThat(result.policy().calendar().isOpen(berlin("2026-11-30T11:00"))).isFalse();
        assertThat(result.policy().calendar().isOpen(berlin("2026-12-01T11:00"))).isTrue();
    }

    @Test
    void responseTargetsAcceptHoursMinutesAndIsoDurations() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with("responseTargets",
                "urgent=90m, high=1h30m, LOW=PT2H15M"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.policy().targets().of(Priority.URGENT)).isEqualTo(Duration.ofMinutes(90));
        assertThat(result.policy().targets().of(Priority.HIGH)).isEqualTo(Duration.ofMinutes(90));
        assertThat(result.policy().targets().of(Priority.LOW)).isEqualTo(Duration.ofMinutes(135));
        assertThat(result.policy().targets().of(Priority.NORMAL)).as("default").isEqualTo(Duration.ofHours(8));
    }

    @Test
    void invalidResponseTargetsKeepTheirDefault() {
        RoutingPolicyReader.Result result = Configs.read(Configs.with("responseTargets",
                "urgent=soon, asap=1h, high, normal=-PT1H, low=2d"));

        assertThat(result.problems()).containsExactly(
                "responseTargets entry 'urgent=soon' has duration 'soon', which is not hours and minutes of business"
                        + " time such as 4h, 90m, 1h30m or PT1H30M; the default applies",
                "responseTargets entry 'asap=1h' has priority 'asap', which is not one of low, normal, high, urgent;"
                        + " the default applies",
                "responseTargets entry 'high' is not <priority>=<duration>, e.g. high=4h; the default applies",
                "responseTargets entry 'normal=-PT1H' has duration '-PT1H', which is not hours and minutes of business"
                        + " time such as 4h, 90m, 1h30m or PT1H30M; the default applies",
                "responseTargets entry 'low=2d' has duration '2d', which is not hours and minutes of business time"
                        + " such as 4h, 90m, 1h30m or PT1H30M; the default applies");
        assertThat(result.policy().targets().of(Priority.URGENT)).isEqualTo(Duration.ofHours(1));
        assertThat(result.policy().targets().of(Priority.LOW)).isEqualTo(Duration.ofHours(24));
    }
}
