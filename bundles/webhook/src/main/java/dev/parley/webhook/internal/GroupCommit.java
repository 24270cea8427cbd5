package dev.parley.webhook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.parley.api.store.StoreUnavailableException;

/**
 * Persists accepted webhook events for many concurrent requests together: each request hands its
 * row to one writer thread and waits; the writer adds every row waiting at that moment in one
 * transaction. Under a burst of deliveries this turns hundreds of commits, each waiting for a
 * pooled connection, into a few, so every request is acknowledged sooner.
 */
final class GroupCommit implements AutoCloseable {

    private static final int MAX_BATCH = 256;
    private static final long MAX_WAIT_SECONDS = 10;

    private record Pending(DurableQueue.NewRow row, CompletableFuture<Boolean> added) {
    }

    private final DurableQueue queue;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    GroupCommit(DurableQueue queue) {
        this.queue = queue;
        this.writer = new Thread(this::write, "parley-" + queue.name() + "-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Adds a row and returns once it is committed.
     *
     * @return {@code false} if its topic already has a row with its key
     * @throws StoreUnavailableException if the database cannot be used or the commit takes too long
     */
    boolean add(String topic, String key, String kind, String orderingKey, String content) {
        Pending pending = new Pending(new DurableQueue.NewRow(topic, key, kind, orderingKey, content),
                new CompletableFuture<>());
        if (!running) {
            throw new StoreUnavailableException(queue.name() + ": stopping", null);
        }
        waiting.add(pending);
        try {
            return pending.added().get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StoreUnavailableException unavailable ? unavailable
                    : new StoreUnavailableException(queue.name() + ": add failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new StoreUnavailableException(queue.name() + ": not committed within " + MAX_WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException(queue.name() + ": interrupted", e);
        }
    }

    private void write() {
        while (running) {
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = waiting.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MAX_BATCH - 1);
                List<Boolean> added = queue.addAll(batch.stream().map(Pending::row).toList());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).added().complete(added.get(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(batch, new StoreUnavailableException(queue.name() + ": stopping", e));
                return;
            } catch (RuntimeException e) {
                fail(batch, e);
            }
        }
    }

    private static void fail(List<Pending> batch, RuntimeException failure) {
        batch.forEach(pending -> pending.added().completeExceptionally(failure));
    }

    @Override
    public void close() {
        running = false;
        writer.interrupt();
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        fail(left, new StoreUnavailableException(queue.name() + ": stopping", null));
    }
}
