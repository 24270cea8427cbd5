package dev.parley.webhook.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains one {@link DurableQueue} with a bounded pool: a dispatcher thread claims as many due rows
 * as workers are free, when woken (a row was added here) or every poll interval (rows added by
 * other nodes, retries that fell due), and the workers process them and record the outcome.
 */
final class QueueWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueueWorker.class);

    /** Processes one claimed row; a thrown exception is a retry. */
    @FunctionalInterface
    interface Processor {
        Outcome process(DurableQueue.Entry entry) throws Exception;
    }

    /** How the worker runs. */
    record Settings(int workers, Duration pollInterval, Duration lease, RetryPolicy retryPolicy,
            Duration shutdownGrace) {
    }

    private final DurableQueue queue;
    private final Supplier<Set<String>> topics;
    private final Processor processor;
    private final Settings settings;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();

    private final Semaphore free;
    private final Semaphore wakeUp = new Semaphore(0);
    private final ExecutorService pool;
    private final Thread dispatcher;
    private volatile boolean running = true;
    private volatile boolean databaseFailing;

    QueueWorker(DurableQueue queue, Supplier<Set<String>> topics, Processor processor, Settings settings, Clock clock) {
        this.queue = queue;
        this.topics = topics;
        this.processor = processor;
        this.settings = settings;
        this.clock = clock;
        this.free = new Semaphore(settings.workers());
        this.pool = Executors.newFixedThreadPool(settings.workers(), named(queue.name() + "-worker"));
        this.dispatcher = named(queue.name() + "-dispatcher").newThread(this::dispatch);
    }

    String owner() {
        return owner;
    }

    void start() {
        dispatcher.start();
    }

    /** Looks for due rows now rather than at the next poll. */
    void wake() {
        wakeUp.release();
    }

    private void dispatch() {
        while (running) {
            try {
                wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                claimAndSubmit();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!databaseFailing) {
                    databaseFailing = true;
                    LOG.warn("{}: cannot read due rows, trying again every {} ms: {}", queue.name(),
                            settings.pollInterval().toMillis(), e.getMessage());
                }
            }
        }
    }

    private void claimAndSubmit() throws InterruptedException {
        Set<String> current = topics.get();
        int available = free.availablePermits();
        if (current.isEmpty() || available == 0) {
            return;
        }
        var entries = queue.claim(current, available, owner, settings.lease());
        if (databaseFailing) {
            databaseFailing = false;
            LOG.info("{}: reading due rows again", queue.name());
        }
        for (DurableQueue.Entry entry : entries) {
            free.acquire();
            pool.execute(() -> {
                try {
                    attempt(entry);
                } finally {
                    free.release();
                    wake();
                }
            });
        }
        if (entries.size() == available) {
            wake();     // there may be more due rows than there were free workers
        }
    }

    /** One attempt at a claimed row and its outcome recorded; runs on a worker thread. */
    void attempt(DurableQueue.Entry entry) {
        Outcome outcome;
        try {
            outcome = processor.process(entry);
        } catch (Exception | LinkageError e) {
            LOG.debug("{}: row {} failed", queue.name(), entry.id(), e);
            outcome = Outcome.retry(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            record(entry, outcome);
        } catch (RuntimeException e) {
            // The lease expires and the row is tried again; nothing is lost.
            LOG.warn("{}: the outcome of row {} could not be saved, it will be tried again: {}", queue.name(),
                    entry.id(), e.getMessage());
        }
    }

    private void record(DurableQueue.Entry entry, Outcome outcome) {
        switch (outcome.kind()) {
            case DONE -> queue.complete(entry.id(), owner);
            case RETRY -> {
                Instant now = clock.instant();
                Optional<Instant> next = settings.retryPolicy().nextAttempt(entry.attempts(), entry.createdAt(),
                        outcome.retryAfter(), now, ThreadLocalRandom.current().nextDouble());
                if (next.isPresent()) {
                    LOG.info("{}: row {} ({}/{}) attempt {} failed, next in {} s: {}", queue.name(), entry.id(),
                            entry.topic(), entry.kind(), entry.attempts(),
                            Duration.between(now, next.get()).toSeconds(), outcome.reason());
                    queue.retry(entry.id(), owner, next.get(), outcome.reason());
                } else {
                    bury(entry, "gave up after " + entry.attempts() + " attempts: " + outcome.reason());
                }
            }
            case DEAD -> bury(entry, outcome.reason());
        }
    }

    private void bury(DurableQueue.Entry entry, String reason) {
        queue.bury(entry.id(), owner, reason);
        String reference = queue.reference(entry.id());
        LOG.warn("{} ({}/{}, key {}) is now a dead letter: {}; replay it with 'parley:outbox replay {}' or at "
                + "/system/console/parley-outbox.json", reference, entry.topic(), entry.kind(), entry.key(), reason,
                reference);
    }

    /** Stops claiming, lets running attempts finish for a grace period, and gives up the leases left. */
    @Override
    public void close() {
        running = false;
        dispatcher.interrupt();
        pool.shutdown();
        try {
            dispatcher.join(settings.shutdownGrace().toMillis());
            if (!pool.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            queue.release(owner);
        } catch (RuntimeException e) {
            LOG.info("{}: leases not released ({}); they expire within {} s", queue.name(), e.getMessage(),
                    settings.lease().toSeconds());
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, "parley-" + name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
