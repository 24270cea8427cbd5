package dev.parley.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.AnalyticsSummary.Costs;
import dev.parley.api.analytics.AnalyticsSummary.Csat;
import dev.parley.api.analytics.AnalyticsSummary.Durations;
import dev.parley.api.analytics.AnalyticsSummary.Returning;
import dev.parley.api.analytics.ServiceAnalytics;

class SummaryCacheTest {

    private static final Instant YESTERDAY = Instant.parse("2026-12-03T00:00:00Z");
    private static final Instant TODAY = Instant.parse("2026-12-04T00:00:00Z");
    private static final Instant TOMORROW = Instant.parse("2026-12-05T00:00:00Z");

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-04T15:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final ServiceAnalytics analytics = mock(ServiceAnalytics.class);
    private SummaryCache cache;

    @BeforeEach
    void cache() {
        when(analytics.summary(any(), any())).thenAnswer(call -> new AnalyticsSummary(call.getArgument(0),
                call.getArgument(1), 1, new Durations(0, null, null), new Durations(0, null, null), 1, 1.0, 0, 0.0,
                Map.of(), Map.of(), 0, Map.of(), List.of(), new Csat(0, null, null), new Returning(0, 0, null),
                new Costs(6, 0.5, 0.5, 0, 5.5, 11.0), List.of()));
        cache = new SummaryCache(clock);
    }

    @Test
    void theSamePeriodIsComputedOnceWhileItIsFresh() {
        AnalyticsSummary first = cache.summary(analytics, TODAY, TOMORROW);
        clock.now = clock.now.plus(SummaryCache.RUNNING).minusSeconds(1);
        assertThat(cache.summary(analytics, TODAY, TOMORROW)).isSameAs(first);
        verify(analytics, times(1)).summary(TODAY, TOMORROW);
    }

    @Test
    void aRunningPeriodIsComputedAgainSoonerThanAnEndedOne() {
        cache.summary(analytics, TODAY, TOMORROW);
        cache.summary(analytics, YESTERDAY, TODAY);
        clock.now = clock.now.plus(SummaryCache.RUNNING);

        cache.summary(analytics, TODAY, TOMORROW);
        cache.summary(analytics, YESTERDAY, TODAY);

        verify(analytics, times(2)).summary(TODAY, TOMORROW);
        verify(analytics, times(1)).summary(YESTERDAY, TODAY);
        clock.now = clock.now.plus(SummaryCache.ENDED);
        cache.summary(analytics, YESTERDAY, TODAY);
        verify(analytics, times(2)).summary(YESTERDAY, TODAY);
    }

    @Test
    void aSlowSummaryIsKeptFromWhenItWasDone() {
        ServiceAnalytics slow = mock(ServiceAnalytics.class);
        when(slow.summary(any(), any())).thenAnswer(call -> {
            clock.now = clock.now.plus(SummaryCache.RUNNING.multipliedBy(2));
            return null;
        });
        cache.summary(slow, TODAY, TOMORROW);
        clock.now = clock.now.plus(SummaryCache.RUNNING).minusSeconds(1);
        cache.summary(slow, TODAY, TOMORROW);
        verify(slow, times(1)).summary(TODAY, TOMORROW);
    }

    @Test
    void anotherAnalyticsServiceIsAskedItself() {
        ServiceAnalytics restarted = mock(ServiceAnalytics.class);
        cache.summary(analytics, TODAY, TOMORROW);
        cache.summary(restarted, TODAY, TOMORROW);
        verify(restarted).summary(TODAY, TOMORROW);
    }

    @Test
    void dailyFiguresAreKeptApartFromTheSummaryOfTheSamePeriod() {
        when(analytics.daily(any(), any())).thenAnswer(call -> List.of());
        cache.summary(analytics, YESTERDAY, TOMORROW);
        cache.daily(analytics, YESTERDAY, TOMORROW);
        cache.daily(analytics, YESTERDAY, TOMORROW);
        verify(analytics, times(1)).summary(YESTERDAY, TOMORROW);
        verify(analytics, times(1)).daily(YESTERDAY, TOMORROW);
        clock.now = clock.now.plus(SummaryCache.RUNNING);
        cache.daily(analytics, YESTERDAY, TOMORROW);
        verify(analytics, times(2)).daily(YESTERDAY, TOMORROW);
    }

    @Test
    void itNeverHoldsMoreThanItsLimit() {
        for (int day = 0; day < SummaryCache.MAX_ENTRIES * 2; day++) {
            Instant from = YESTERDAY.minus(Duration.ofDays(day));
            cache.summary(analytics, from, from.plus(Duration.ofDays(1)));
        }
        cache.summary(analytics, YESTERDAY, TODAY);
        verify(analytics, times(2)).summary(YESTERDAY, TODAY);
    }
}
