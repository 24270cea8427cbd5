package dev.parley.webhook.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What admins see and do with the events and calls that failed for good, in both queues. A row is
 * named {@code outbox:<id>} or {@code inbox:<id>}; a bare number is an outbox row.
 */
final class DeadLetters {

    /** A dead letter and how admins name it. */
    record Letter(String reference, DurableQueue.DeadLetter row) {
    }

    /** The rows in each state, per queue: the figures the health check, the console and the bench show. */
    record Counts(DurableQueue.Counts inbox, DurableQueue.Counts outbox) {
        long dead() {
            return inbox.dead() + outbox.dead();
        }
    }

    private final DurableQueue inbox;
    private final DurableQueue outbox;

    DeadLetters(WebhookQueues queues) {
        this.inbox = queues.inbox();
        this.outbox = queues.outbox();
    }

    /** The dead letters, outbox first, each queue oldest first, at most {@code limit} of each. */
    List<Letter> list(int limit) {
        List<Letter> letters = new ArrayList<>();
        for (DurableQueue queue : List.of(outbox, inbox)) {
            for (DurableQueue.DeadLetter row : queue.deadLetters(limit)) {
                letters.add(new Letter(queue.reference(row.id()), row));
            }
        }
        return letters;
    }

    Counts counts() {
        return new Counts(inbox.counts(), outbox.counts());
    }

    /**
     * Makes one dead letter pending again.
     *
     * @return {@code false} if there is no such dead letter
     * @throws IllegalArgumentException if the reference is not {@code outbox:<id>}, {@code inbox:<id>}
     *     or a number
     */
    boolean replay(String reference) {
        String text = reference == null ? "" : reference.strip();
        int colon = text.indexOf(':');
        DurableQueue queue = colon < 0 ? outbox : switch (text.substring(0, colon)) {
            case "outbox" -> outbox;
            case "inbox" -> inbox;
            default -> null;
        };
        try {
            if (queue != null) {
                return queue.replay(Long.parseLong(text.substring(colon + 1)));
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("'" + text + "' names no dead letter: use outbox:<id> or inbox:<id> as "
                + "listed by 'parley:outbox list'");
    }

    /** Makes every dead letter of both queues pending again. */
    int replayAll() {
        return outbox.replayAll() + inbox.replayAll();
    }
}
