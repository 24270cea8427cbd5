package dev.parley.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.DailyFigures;
import dev.parley.api.analytics.ServiceAnalytics;

/**
 * Keeps analytics summaries and daily figures for a short while: on a large store one summary
 * takes seconds, the key figures and SLA panels ask for the same period, and every open page
 * refreshes every 30 seconds. A period that is still running is kept {@link #RUNNING} (its
 * figures move), one that has ended {@link #ENDED} (they change only when an old conversation is
 * handed off or resolved later).
 */
final class SummaryCache {

    static final Duration RUNNING = Duration.ofSeconds(20);
    static final Duration ENDED = Duration.ofMinutes(10);
    /** The three periods' summaries and daily figures, with room for the day after midnight. */
    static final int MAX_ENTRIES = 16;

    private enum Kind {
        SUMMARY, DAILY
    }

    private record Key(Kind kind, ServiceAnalytics analytics, Instant from, Instant to) {
    }

    private record Entry(Object figures, Instant expires) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    SummaryCache(Clock clock) {
        this.clock = clock;
    }

    AnalyticsSummary summary(ServiceAnalytics analytics, Instant from, Instant to) {
        return (AnalyticsSummary) cached(new Key(Kind.SUMMARY, analytics, from, to), () -> analytics.summary(from, to));
    }

    @SuppressWarnings("unchecked")
    List<DailyFigures> daily(ServiceAnalytics analytics, Instant from, Instant to) {
        return (List<DailyFigures>) cached(new Key(Kind.DAILY, analytics, from, to), () -> analytics.daily(from, to));
    }

    private Object cached(Key key, Supplier<Object> compute) {
        Instant now = clock.instant();
        Entry cached = entries.get(key);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.figures();
        }
        Object figures = compute.get();
        // kept from when it was done: a summary of a large store can take longer than RUNNING itself
        Instant done = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> !done.isBefore(entry.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(figures, done.plus(key.to().isAfter(done) ? RUNNING : ENDED)));
        return figures;
    }
}
