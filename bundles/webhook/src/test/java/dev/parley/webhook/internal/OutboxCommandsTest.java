package dev.parley.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** parley:outbox with both queues mocked. */
class OutboxCommandsTest {

    private final DurableQueue inbox = mock(DurableQueue.class);
    private final DurableQueue outbox = mock(DurableQueue.class);
    private OutboxCommands commands;

    @BeforeEach
    void queues() {
        WebhookQueues queues = mock(WebhookQueues.class);
        when(queues.inbox()).thenReturn(inbox);
        when(queues.outbox()).thenReturn(outbox);
        when(outbox.reference(12)).thenReturn("outbox:12");
        when(inbox.counts()).thenReturn(new DurableQueue.Counts(0, 5, 0));
        when(outbox.counts()).thenReturn(new DurableQueue.Counts(2, 40, 1));
        commands = new OutboxCommands(queues);
    }

    @Test
    void listShowsTheFiguresAndEachDeadLetterWithoutContent() {
        when(outbox.deadLetters(100)).thenReturn(List.of(new DurableQueue.DeadLetter(12, "chatwoot", "118:message",
                "message", 12, Instant.EPOCH, Instant.EPOCH, "Chatwoot messages: HTTP 404")));

        String listed = commands.outbox("list");

        assertThat(listed).contains("outbox: 2 pending, 40 delivered, 1 dead").contains("inbox: 0 pending, 5 processed")
                .contains("outbox:12").contains("118:message").contains("HTTP 404");
    }

    @Test
    void replayTakesTheListedIdOrABareNumberForTheOutbox() {
        when(outbox.replay(12)).thenReturn(true);
        when(inbox.replay(7)).thenReturn(false);

        assertThat(commands.outbox("replay", "outbox:12")).isEqualTo("replaying outbox:12");
        assertThat(commands.outbox("replay", "12")).isEqualTo("replaying 12");
        assertThat(commands.outbox("replay", "inbox:7")).startsWith("error: inbox:7 is not a dead letter");
        assertThat(commands.outbox("replay", "queue:1")).startsWith("error: 'queue:1' names no dead letter");
        verify(inbox).replay(7);
    }

    @Test
    void replayAllAndUsage() {
        when(outbox.replayAll()).thenReturn(3);
        when(inbox.replayAll()).thenReturn(1);

        assertThat(commands.outbox("replay-all")).isEqualTo("replaying 4 dead letters");
        assertThat(commands.outbox()).isEqualTo(OutboxCommands.USAGE);
    }
}
