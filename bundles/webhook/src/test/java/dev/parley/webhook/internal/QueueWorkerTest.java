package dev.parley.webhook.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How one attempt's outcome is recorded, run synchronously on a mocked queue. */
class QueueWorkerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofHours(1), Duration.ofSeconds(1),
            Duration.ofSeconds(10));

    private final DurableQueue queue = mock(DurableQueue.class);
    private Outcome next;

    @Test
    void doneCompletesTheRow() {
        next = Outcome.DONE;
        QueueWorker worker = worker();

        worker.attempt(entry(1));

        verify(queue).complete(7, worker.owner());
    }

    @Test
    void aRetryAfterIsScheduledAsAsked() {
        next = Outcome.retry(Duration.ofSeconds(30), "HTTP 429");
        QueueWorker worker = worker();

        worker.attempt(entry(1));

        verify(queue).retry(7, worker.owner(), NOW.plusSeconds(30), "HTTP 429");
    }

    @Test
    void aThrownExceptionIsARetryWithBackOff() {
        QueueWorker worker = new QueueWorker(queue, Set::of, entry -> {
            throw new IllegalStateException("connection reset");
        }, settings(), Clock.fixed(NOW, ZoneOffset.UTC));

        worker.attempt(entry(2));

        verify(queue).retry(eq(7L), eq(worker.owner()), any(Instant.class), contains("connection reset"));
        verify(queue, never()).bury(anyLong(), anyString(), anyString());
    }

    @Test
    void theLastAttemptOrAPermanentFailureMakesADeadLetter() {
        next = Outcome.retry(null, "HTTP 503");
        QueueWorker worker = worker();
        worker.attempt(entry(3));
        verify(queue).bury(eq(7L), eq(worker.owner()), contains("gave up after 3 attempts: HTTP 503"));

        next = Outcome.dead("HTTP 404");
        worker.attempt(entry(1));
        verify(queue).bury(7, worker.owner(), "HTTP 404");
    }

    private QueueWorker worker() {
        when(queue.name()).thenReturn("webhook_outbox");
        when(queue.reference(anyLong())).thenReturn("outbox:7");
        return new QueueWorker(queue, Set::of, entry -> next, settings(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static QueueWorker.Settings settings() {
        return new QueueWorker.Settings(1, Duration.ofSeconds(1), Duration.ofSeconds(60), POLICY, Duration.ofSeconds(1));
    }

    private static DurableQueue.Entry entry(int attempts) {
        return new DurableQueue.Entry(7, "chat", "k", "reply", null, "{}", attempts, NOW.minusSeconds(5));
    }
}
