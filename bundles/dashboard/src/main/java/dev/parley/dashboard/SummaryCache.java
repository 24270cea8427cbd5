package dev.parley.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.ServiceAnalytics;

/**
 * Keeps analytics summaries for a short while: on a large store one summary takes seconds, the
 * key figures, trends and SLA panels ask for the same period, a 30-day trend asks for 30 days,
 * and every open page refreshes every 30 seconds. A period that is still running is kept
 * {@link #RUNNING} (its figures move), one that has ended {@link #ENDED} (they change only when
 * an old conversation is handed off or resolved later).
 */
final class SummaryCache {

    static final Duration RUNNING = Duration.ofSeconds(20);
    static final Duration ENDED = Duration.ofMinutes(10);
    /** Enough for every day of a 30-day trend and the three periods, twice over. */
    static final int MAX_ENTRIES = 80;

    private record Key(ServiceAnalytics analytics, Instant from, Instant to) {
    }

    private record Entry(AnalyticsSummary summary, Instant expires) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    SummaryCache(Clock clock) {
        this.clock = clock;
    }

    AnalyticsSummary summary(ServiceAnalytics analytics, Instant from, Instant to) {
        Key key = new Key(analytics, from, to);
        Instant now = clock.instant();
        Entry cached = entries.get(key);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.summary();
        }
        AnalyticsSummary summary = analytics.summary(from, to);
        // kept from when it was done: a summary of a large store can take longer than RUNNING itself
        Instant done = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> !done.isBefore(entry.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(summary, done.plus(to.isAfter(done) ? RUNNING : ENDED)));
        return summary;
    }
}
