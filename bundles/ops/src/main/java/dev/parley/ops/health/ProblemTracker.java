package dev.parley.ops.health;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;

/**
 * Remembers the problems of one area between scans: reports a problem once it has lasted its
 * grace period, logs it once when it is reported and once when it is gone, so that a problem
 * that persists does not flood the log.
 */
final class ProblemTracker {

    private final Logger log;
    private final Clock clock;
    private final Map<String, Seen> seen = new HashMap<>();

    private record Seen(Problem problem, Instant since, boolean reported) {
    }

    ProblemTracker(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Replaces what is known with the problems found by the latest scan; returns those to report. */
    synchronized List<Problem> update(Collection<Problem> found) {
        Instant now = clock.instant();
        Map<String, Seen> next = new HashMap<>();
        for (Problem problem : found) {
            Seen before = seen.get(problem.subject());
            boolean sameMessage = before != null && before.problem().message().equals(problem.message());
            boolean wasReported = before != null && before.reported();
            // A new reason for a problem not yet reported starts its grace again; a problem that
            // is already reported stays reported, and its new reason is logged at once.
            Instant since = before != null && (sameMessage || wasReported) ? before.since() : now;
            boolean reported = wasReported || !now.isBefore(since.plus(problem.grace()));
            if (reported && !(wasReported && sameMessage)) {
                log.warn("{}", problem.describe());
            }
            next.put(problem.subject(), new Seen(problem, since, reported));
        }
        for (Seen gone : seen.values()) {
            boolean stillThere = next.containsKey(gone.problem().subject());
            if (gone.reported() && !stillThere) {
                log.info("{}: resolved", gone.problem().subject());
            }
        }
        seen.clear();
        seen.putAll(next);
        return current();
    }

    /** The problems reported now, sorted by subject. */
    synchronized List<Problem> current() {
        List<Problem> reported = new ArrayList<>();
        for (Seen entry : seen.values()) {
            if (entry.reported()) {
                reported.add(entry.problem());
            }
        }
        reported.sort((a, b) -> a.subject().compareTo(b.subject()));
        return reported;
    }
}
