package dev.parley.it;

import static dev.parley.it.FreshdeskWebhooks.created;
import static dev.parley.it.FreshdeskWebhooks.replies;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.FakeHost;
import dev.parley.it.harness.ParleyContainer;

/** Freshdesk's API down for 30 s: every reply waits in the outbox and arrives exactly once. */
class FreshdeskFaultIT {

    static final FakeHost freshdesk = HelpdeskWebhooks.startedHost();

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer()
            .withConfiguration("dev.parley.adapter.freshdesk.cfg", FreshdeskWebhooks.configuration(freshdesk))
            .withConfiguration("dev.parley.webhook.cfg", HelpdeskWebhooks.fastRetries());

    static final HelpdeskWebhooks webhooks = FreshdeskWebhooks.webhooks(parley);

    @BeforeAll
    static void served() {
        webhooks.awaitServed();
    }

    @Test
    void freshdeskDownForThirtySecondsThenBackGetsEveryReplyExactlyOnce() throws Exception {
        freshdesk.down();
        try {
            for (long ticket = 100; ticket < 105; ticket++) {
                assertThat(webhooks.post(created(ticket, "<div>What are your opening hours?</div>")).statusCode())
                        .isEqualTo(202);
            }
            Thread.sleep(Duration.ofSeconds(30).toMillis());
            assertThat(webhooks.queues().getAsJsonObject("outbox").get("pending").getAsInt())
                    .as("replies waiting, none lost").isEqualTo(5);
        } finally {
            freshdesk.up();
        }
        Await.until("every reply delivered", Duration.ofSeconds(60),
                () -> LongStream.range(100, 105).allMatch(ticket -> !replies(freshdesk, ticket).isEmpty()));
        webhooks.awaitSettled();

        for (long ticket = 100; ticket < 105; ticket++) {
            assertThat(replies(freshdesk, ticket)).as("ticket " + ticket).hasSize(1);
        }
        assertThat(webhooks.queues().getAsJsonObject("outbox").get("dead").getAsInt()).isZero();
    }
}
