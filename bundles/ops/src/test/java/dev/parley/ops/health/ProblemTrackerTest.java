package dev.parley.ops.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.slf4j.Logger;

class ProblemTrackerTest {

    private static final Duration GRACE = Duration.ofSeconds(3);

    private final Logger log = mock(Logger.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final ProblemTracker tracker = new ProblemTracker(log, clock);

    private static Problem broken(String message) {
        return Problem.warning("deploy/broken.jar", message, GRACE);
    }

    @Test
    void reportsAProblemOnlyOnceItHasLastedItsGrace() {
        Problem problem = broken("cannot resolve");

        assertThat(tracker.update(List.of(problem))).isEmpty();
        clock.advance(GRACE.minusMillis(1));
        assertThat(tracker.update(List.of(problem))).isEmpty();
        assertThat(tracker.current()).isEmpty();
        verifyNoInteractions(log);

        clock.advance(Duration.ofMillis(1));
        assertThat(tracker.update(List.of(problem))).containsExactly(problem);
        assertThat(tracker.current()).containsExactly(problem);
    }

    @Test
    void aProblemWithoutGraceIsReportedAtOnce() {
        Problem problem = Problem.critical("etc/x.cfg", "unreadable");

        assertThat(tracker.update(List.of(problem))).containsExactly(problem);
        verify(log).warn("{}", "etc/x.cfg: unreadable");
    }

    @Test
    void logsAPersistingProblemExactlyOnceAtWarn() {
        Problem problem = broken("cannot resolve");
        tracker.update(List.of(problem));
        for (int scan = 0; scan < 5; scan++) {
            clock.advance(Duration.ofSeconds(1));
            tracker.update(List.of(problem));
        }

        verify(log).warn("{}", "deploy/broken.jar: cannot resolve");
        verifyNoMoreInteractions(log);
        assertThat(tracker.current()).containsExactly(problem);
    }

    @Test
    void aChangedMessageRestartsTheGrace() {
        tracker.update(List.of(broken("first reason")));
        clock.advance(GRACE.minusSeconds(1));
        Problem changed = broken("second reason");

        // The first message would be due now; the new message starts its own grace.
        assertThat(tracker.update(List.of(changed))).isEmpty();
        clock.advance(GRACE.minusMillis(1));
        assertThat(tracker.update(List.of(changed))).isEmpty();
        verifyNoInteractions(log);

        clock.advance(Duration.ofMillis(1));
        assertThat(tracker.update(List.of(changed))).containsExactly(changed);
        verify(log).warn("{}", "deploy/broken.jar: second reason");
        verifyNoMoreInteractions(log);
    }

    @Test
    void aChangedMessageOfAReportedProblemIsLoggedAgainOnceDue() {
        tracker.update(List.of(broken("first reason")));
        clock.advance(GRACE);
        tracker.update(List.of(broken("first reason")));
        clock.advance(Duration.ofSeconds(1));
        tracker.update(List.of(broken("second reason")));
        clock.advance(GRACE);
        tracker.update(List.of(broken("second reason")));

        InOrder order = inOrder(log);
        order.verify(log).warn("{}", "deploy/broken.jar: first reason");
        order.verify(log).warn("{}", "deploy/broken.jar: second reason");
        verifyNoMoreInteractions(log);
    }

    @Test
    void aReportedProblemWithANewReasonStaysReportedAndIsResolvedOnce() {
        tracker.update(List.of(broken("first reason")));
        clock.advance(GRACE);
        tracker.update(List.of(broken("first reason")));

        clock.advance(Duration.ofSeconds(1));
        assertThat(tracker.update(List.of(broken("second reason"))))
                .as("no gap in health while the reason changes").containsExactly(broken("second reason"));
        tracker.update(List.of());

        InOrder order = inOrder(log);
        order.verify(log).warn("{}", "deploy/broken.jar: first reason");
        order.verify(log).warn("{}", "deploy/broken.jar: second reason");
        order.verify(log).info("{}: resolved", "deploy/broken.jar");
        verifyNoMoreInteractions(log);
    }

    @Test
    void logsAResolvedProblemOnceAtInfo() {
        Problem problem = broken("cannot resolve");
        tracker.update(List.of(problem));
        clock.advance(GRACE);
        tracker.update(List.of(problem));

        clock.advance(Duration.ofSeconds(1));
        assertThat(tracker.update(List.of())).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        tracker.update(List.of());

        InOrder order = inOrder(log);
        order.verify(log).warn("{}", "deploy/broken.jar: cannot resolve");
        order.verify(log).info("{}: resolved", "deploy/broken.jar");
        verifyNoMoreInteractions(log);
        assertThat(tracker.current()).isEmpty();
    }

    @Test
    void aProblemGoneBeforeItsGraceIsNeverLogged() {
        tracker.update(List.of(broken("still installing")));
        clock.advance(GRACE.minusMillis(1));
        tracker.update(List.of());
        clock.advance(GRACE);
        tracker.update(List.of());

        verifyNoInteractions(log);
        assertThat(tracker.current()).isEmpty();
    }

    @Test
    void aProblemThatReturnsAfterBeingResolvedStartsAFreshGrace() {
        Problem problem = broken("cannot resolve");
        tracker.update(List.of(problem));
        clock.advance(GRACE);
        tracker.update(List.of(problem));
        clock.advance(Duration.ofSeconds(1));
        tracker.update(List.of());

        clock.advance(Duration.ofSeconds(1));
        assertThat(tracker.update(List.of(problem))).isEmpty();
        clock.advance(GRACE);
        assertThat(tracker.update(List.of(problem))).containsExactly(problem);
    }

    @Test
    void tracksSubjectsIndependently() {
        Problem slow = Problem.warning("deploy/slow.jar", "not started", GRACE);
        Problem fast = Problem.warning("deploy/fast.jar", "not started", Duration.ofSeconds(1));
        tracker.update(List.of(slow, fast));
        clock.advance(Duration.ofSeconds(1));

        assertThat(tracker.update(List.of(slow, fast))).containsExactly(fast);
    }

    @Test
    void currentIsSortedBySubject() {
        List<Problem> found = List.of(
                Problem.critical("etc/zeta.cfg", "z"),
                Problem.critical("deploy/b.jar", "b"),
                Problem.critical("etc/alpha.cfg", "a"),
                Problem.critical("deploy/a.jar", "a"));

        tracker.update(found);

        assertThat(tracker.current()).extracting(Problem::subject)
                .containsExactly("deploy/a.jar", "deploy/b.jar", "etc/alpha.cfg", "etc/zeta.cfg");
    }
}
