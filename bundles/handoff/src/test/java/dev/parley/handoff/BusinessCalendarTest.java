package dev.parley.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Business time across days, weekends, holidays, clock changes and time zones. */
class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String[] DEFAULT_HOURS = {"mon-fri 09:00-17:00", "sat 10:00-14:00"};

    private final BusinessCalendar standard = calendar(DEFAULT_HOURS);

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        // Friday 27 November 2026, Saturday 28, Monday 30
        "2026-11-27T16:30, PT1H, 2026-11-28T10:30",
        "2026-11-27T16:00, PT1H, 2026-11-27T17:00",
        "2026-11-27T16:30, PT8H, 2026-11-30T12:30",
        "2026-11-28T18:00, PT1H, 2026-11-30T10:00",
        "2026-11-28T18:00, PT0S, 2026-11-30T09:00",
        "2026-11-28T13:00, PT4H, 2026-11-30T12:00",
        "2026-11-29T12:00, PT8H, 2026-11-30T17:00",
        "2026-11-30T06:00, PT1H, 2026-11-30T10:00",
        // Thursday afternoon to Friday, Monday morning over three days
        "2026-11-26T13:00, PT8H, 2026-11-27T13:00",
        "2026-11-30T09:00, PT24H, 2026-12-02T17:00",
        "2026-11-30T09:00, PT48H, 2026-12-07T13:00"})
    void businessTimeSkipsClosedHours(String start, Duration target, String expected) {
        assertThat(standard.plusBusinessTime(berlin(start), target)).isEqualTo(berlin(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-27T09:00, true", "2026-11-27T16:59:59, true", "2026-11-27T17:00, false",
        "2026-11-27T08:59:59, false", "2026-11-28T10:00, true", "2026-11-28T13:59, true", "2026-11-28T14:00, false",
        "2026-11-29T12:00, false", "2026-11-30T00:00, false"})
    void openMeansWithinAWindowThatStartsAtItsOpeningAndEndsBeforeItsClosing(String at, boolean open) {
        assertThat(standard.isOpen(berlin(at))).isEqualTo(open);
    }

    @Test
    void holidayDatesRangesAndYearlyDaysAreClosed() {
        BusinessCalendar calendar = calendar(DEFAULT_HOURS, "2026-12-24..2026-12-26", "05-01", "2026-11-30");

        // Wednesday 23 December: Thursday to Saturday closed, back on Monday 28
        assertThat(calendar.plusBusinessTime(berlin("2026-12-23T16:30"), Duration.ofHours(1)))
                .isEqualTo(berlin("2026-12-28T09:30"));
        // Thursday 30 April 2026: Friday 1 May closed, so Saturday; 1 May 2027 is a Saturday, closed too
        assertThat(calendar.plusBusinessTime(berlin("2026-04-30T16:30"), Duration.ofHours(1)))
                .isEqualTo(berlin("2026-05-02T10:30"));
        assertThat(calendar.isOpen(berlin("2027-05-01T11:00"))).isFalse();
        assertThat(calendar.isOpen(berlin("2026-05-01T11:00"))).isFalse();
        assertThat(calendar.isOpen(berlin("2026-11-30T11:00"))).isFalse();
        assertThat(calendar.isOpen(berlin("2026-12-01T11:00"))).isTrue();
    }

    @Test
    void springForwardCountsTheBusinessHoursThatReallyPass() {
        // Saturday 28 March 2026 in CET (UTC+1); Monday 30 March in CEST (UTC+2)
        Instant answer = standard.plusBusinessTime(berlin("2026-03-28T13:30"), Duration.ofHours(4));

        assertThat(answer).isEqualTo(berlin("2026-03-30T12:30")).isEqualTo(Instant.parse("2026-03-30T10:30:00Z"));
    }

    @Test
    void aWindowAcrossTheSpringGapIsAnHourShorter() {
        BusinessCalendar night = calendar("sun 01:00-04:00");

        // 01:00 CET to 04:00 CEST on 29 March 2026 is two hours; the third hour is a week later
        assertThat(night.plusBusinessTime(berlin("2026-03-29T01:00"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
        assertThat(night.plusBusinessTime(berlin("2026-03-29T01:00"), Duration.ofHours(3)))
                .isEqualTo(berlin("2026-04-05T02:00"));
        assertThat(night.isOpen(Instant.parse("2026-03-29T01:30:00Z"))).as("03:30 CEST").isTrue();
    }

    @Test
    void aWindowAcrossTheAutumnChangeIsAnHourLonger() {
        BusinessCalendar night = calendar("sun 01:00-04:00");

        // 01:00 CEST (23:00 UTC) to 04:00 CET (03:00 UTC) on 25 October 2026 is four hours
        assertThat(night.plusBusinessTime(berlin("2026-10-25T01:00"), Duration.ofMinutes(210)))
                .isEqualTo(Instant.parse("2026-10-25T02:30:00Z"));
        assertThat(night.plusBusinessTime(berlin("2026-10-25T01:00"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-10-25T03:00:00Z"));
    }

    @Test
    void aDayOpenAroundTheClockOnTheSpringChangeHas23Hours() {
        BusinessCalendar allDay = calendar("mon-sun 00:00-24:00");

        Instant answer = allDay.plusBusinessTime(berlin("2026-03-29T00:00"), Duration.ofHours(24));

        assertThat(answer).isEqualTo(berlin("2026-03-30T01:00"));
        assertThat(Duration.between(berlin("2026-03-29T00:00"), answer)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void openingHoursAreInTheConfiguredTimeZone() {
        BusinessCalendar newYork = new BusinessHoursParser(new ConfigProblems())
                .read("America/New_York", new String[] {"mon-fri 09:00-17:00"}, new String[0]);
        Instant berlinEvening = Instant.parse("2026-11-24T20:00:00Z"); // 21:00 in Berlin, 15:00 in New York

        assertThat(newYork.isOpen(berlinEvening)).isTrue();
        assertThat(standard.isOpen(berlinEvening)).isFalse();
        assertThat(newYork.plusBusinessTime(berlinEvening, Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-11-24T21:00:00Z"));
        assertThat(standard.plusBusinessTime(berlinEvening, Duration.ofHours(1)))
                .isEqualTo(berlin("2026-11-25T10:00"));
    }

    @Test
    void withoutOpeningHoursTheServiceIsStaffedAroundTheClock() {
        BusinessCalendar always = calendar(new String[0]);
        Instant sundayNight = berlin("2026-11-29T03:00");

        assertThat(always.isOpen(sundayNight)).isTrue();
        assertThat(always.plusBusinessTime(sundayNight, Duration.ofHours(4))).isEqualTo(berlin("2026-11-29T07:00"));
    }

    @Test
    void splitAndOverlappingWindowsCountEachOpenMinuteOnce() {
        BusinessCalendar split = calendar("mon-fri 08:00-12:00 13:00-17:00");
        assertThat(split.plusBusinessTime(berlin("2026-11-30T11:30"), Duration.ofHours(1)))
                .isEqualTo(berlin("2026-11-30T13:30"));
        assertThat(split.isOpen(berlin("2026-11-30T12:30"))).isFalse();

        BusinessCalendar overlapping = calendar("mon 09:00-12:00", "mon 11:00-13:00");
        assertThat(overlapping.plusBusinessTime(berlin("2026-11-30T09:00"), Duration.ofHours(4)))
                .isEqualTo(berlin("2026-11-30T13:00"));
    }

    @Test
    void hoursUntilMidnightContinueAfterMidnight() {
        BusinessCalendar late = calendar("fri 20:00-24:00", "sat 00:00-02:00");

        assertThat(late.plusBusinessTime(berlin("2026-11-27T23:30"), Duration.ofHours(1)))
                .isEqualTo(berlin("2026-11-28T00:30"));
        assertThat(late.isOpen(berlin("2026-11-27T23:59:59"))).isTrue();
    }

    @Test
    void dayNamesRangesAndWrappingRanges() {
        BusinessCalendar weekend = calendar("Friday-MON 10:00-11:00");

        assertThat(weekend.isOpen(berlin("2026-11-29T10:30"))).isTrue();
        assertThat(weekend.isOpen(berlin("2026-11-30T10:30"))).isTrue();
        assertThat(weekend.isOpen(berlin("2026-11-24T10:30"))).isFalse();
    }

    @Test
    void whenNoHourIsOpenWithinAYearThereIsNoExpectedTime() {
        BusinessCalendar never = calendar(new String[] {"mon 09:00-10:00"}, "2026-11-23..2027-11-23",
                "2027-11-24..2028-01-31");

        assertThat(never.plusBusinessTime(berlin("2026-11-23T09:00"), Duration.ofHours(1))).isNull();
    }

    private static BusinessCalendar calendar(String... openingHours) {
        return calendar(openingHours, new String[0]);
    }

    private static BusinessCalendar calendar(String[] openingHours, String... holidays) {
        ConfigProblems problems = new ConfigProblems();
        BusinessCalendar calendar = new BusinessHoursParser(problems).read("Europe/Berlin", openingHours, holidays);
        assertThat(problems.messages()).isEmpty();
        return calendar;
    }

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }
}
