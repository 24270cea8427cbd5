package dev.parley.rest;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the assistant's handling of a message with a time limit, so a host gets a clean 503 instead
 * of a hanging request. A handling that runs late is not interrupted: the assistant either stores
 * the message with its reply or nothing, and the host's retry with the same message id then gets
 * the stored reply. The pool and its queue are bounded, so overload is refused, not queued forever.
 */
final class ReplyCalls implements AutoCloseable {

    private final ThreadPoolExecutor executor;
    private final int retryAfterSeconds;

    ReplyCalls(int threads, int retryAfterSeconds) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 4), task -> {
                    Thread thread = new Thread(task, "parley-rest-reply-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.allowCoreThreadTimeOut(true);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * The task's result within the timeout.
     *
     * @param messageId named in the problem, so the host retries with the same id
     * @throws ProblemException 503 on timeout or overload
     * @throws RuntimeException what the task threw
     */
    <T> T call(Callable<T> task, Duration timeout, String messageId) {
        Future<T> future;
        try {
            future = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw ProblemException.unavailable("Parley is handling as many messages as it is configured for "
                    + "(dev.parley.rest maxConcurrentReplies); retry later with the same messageId", retryAfterSeconds)
                    .with("messageId", messageId);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw ProblemException.unavailable("no reply within " + timeout.toSeconds() + " s; retry with the same "
                    + "messageId, which returns the reply once it is stored", retryAfterSeconds).with("messageId", messageId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Parley is stopping; retry with the same messageId", retryAfterSeconds)
                    .with("messageId", messageId);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the assistant failed", e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
