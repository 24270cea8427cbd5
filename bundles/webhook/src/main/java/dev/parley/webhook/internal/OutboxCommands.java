package dev.parley.webhook.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo shell commands for dead letters: {@code parley:outbox list} shows the figures and the dead
 * letters of the outbox and the inbox, {@code parley:outbox replay <id>} and
 * {@code parley:outbox replay-all} make them pending again.
 */
@Component(service = OutboxCommands.class, property = {
        "osgi.command.scope=parley",
        "osgi.command.function=outbox" })
public final class OutboxCommands {

    static final String USAGE = "usage: outbox list | outbox replay <outbox:id | inbox:id> | outbox replay-all";
    private static final int LIMIT = 100;

    private final DeadLetters deadLetters;

    @Activate
    public OutboxCommands(@Reference WebhookQueues queues) {
        this.deadLetters = new DeadLetters(queues);
    }

    public String outbox(String... arguments) {
        try {
            if (arguments.length == 1 && arguments[0].equals("list")) {
                return list();
            }
            if (arguments.length == 2 && arguments[0].equals("replay")) {
                return deadLetters.replay(arguments[1]) ? "replaying " + arguments[1]
                        : "error: " + arguments[1] + " is not a dead letter (any more); see 'parley:outbox list'";
            }
            if (arguments.length == 1 && arguments[0].equals("replay-all")) {
                return "replaying " + deadLetters.replayAll() + " dead letters";
            }
            return USAGE;
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    private String list() {
        DeadLetters.Counts counts = deadLetters.counts();
        StringBuilder text = new StringBuilder(String.format("outbox: %d pending, %d delivered, %d dead%n"
                + "inbox: %d pending, %d processed, %d dead%n", counts.outbox().pending(), counts.outbox().done(),
                counts.outbox().dead(), counts.inbox().pending(), counts.inbox().done(), counts.inbox().dead()));
        List<DeadLetters.Letter> letters = deadLetters.list(LIMIT);
        for (DeadLetters.Letter letter : letters) {
            DurableQueue.DeadLetter row = letter.row();
            text.append(String.format("%-14s %-10s %-10s %-40s attempts %d, failed %s: %s%n", letter.reference(),
                    row.topic(), row.kind(), row.key(), row.attempts(), row.failedAt(), row.lastError()));
        }
        return text.toString();
    }
}
