package dev.parley.helpdesk;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.store.ConversationStore;
import dev.parley.webhook.Outbox;
import dev.parley.webhook.PermanentFailure;
import dev.parley.webhook.WebhookEvent;
import dev.parley.webhook.WebhookRejection;
import dev.parley.webhook.WebhookRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.Result;
import org.osgi.annotation.versioning.ConsumerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps every ticket helpdesk adapter takes the same way, so an adapter only reads its host's
 * payloads, authenticates them and builds its host's calls: the inbox event of a payload, its
 * processing through the assistant, and the health of the configuration. The calls are delivered
 * by a {@link TicketDelivery} of their own, so that the outbox, which calls deliveries, and the
 * webhook, which fills the outbox, never wait for each other to start.
 */
public final class TicketWebhooks {

    /** Reads a host's payload; throws {@link MalformedPayloadException} naming the field. */
    @ConsumerType
    @FunctionalInterface
    public interface PayloadReader {
        Read read(String body, Instant receivedAt);
    }

    /**
     * One payload read.
     *
     * @param event what happened
     * @param key the idempotency key of the delivery
     * @param type the host's event type, for the inbox and the log
     */
    public record Read(TicketEvent event, String key, String type) {
        public Read {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(type, "type");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(TicketWebhooks.class);

    private final String channel;
    private final String pid;
    private final List<String> problems;
    private final PayloadReader reader;
    private final ReplyPlanner planner;
    private final TicketProcessor processor;
    private final URI baseUrl;

    /**
     * @param channel the adapter's channel and webhook name, e.g. {@code zendesk}
     * @param pid the adapter's configuration PID, named in problems
     * @param problems what is wrong with the configuration; empty when it is usable
     * @param reader reads the host's payloads
     * @param planner plans the ticket updates of a reply
     * @param requests the host's calls for a ticket update
     * @param baseUrl the host's API, for the log
     */
    public TicketWebhooks(String channel, String pid, List<String> problems, PayloadReader reader, ReplyPlanner planner,
            BiFunction<TicketEvent.CustomerMessage, TicketUpdate, List<HostRequest>> requests, URI baseUrl) {
        this.channel = channel;
        this.pid = pid;
        this.problems = List.copyOf(problems);
        this.reader = reader;
        this.planner = planner;
        this.processor = new TicketProcessor(channel, requests);
        this.baseUrl = baseUrl;
        if (this.problems.isEmpty()) {
            LOG.info("{} adapter for {} started: webhook /webhooks/{}", channel, baseUrl, channel);
        } else {
            LOG.error("{} adapter ({}) is not usable until its configuration is fixed; webhooks are refused: {}",
                    channel, pid, String.join("; ", this.problems));
        }
    }

    /**
     * Refuses every request while the configuration has problems.
     *
     * @throws WebhookRejection 401, pointing at the health check
     */
    public void requireUsable() throws WebhookRejection {
        if (!problems.isEmpty()) {
            throw WebhookRejection.unauthorized("the " + channel + " adapter's configuration has problems (see its"
                    + " health check); no webhook is accepted until they are fixed");
        }
    }

    /**
     * The inbox event of an authenticated request: ignored, or the raw body with the time it came,
     * keyed by the payload's idempotency key and ordered by ticket.
     *
     * @throws WebhookRejection 400 naming the field of a payload the host would not send
     */
    public WebhookEvent parse(WebhookRequest request) throws WebhookRejection {
        Read read;
        try {
            read = reader.read(request.bodyText(), request.receivedAt());
        } catch (MalformedPayloadException e) {
            throw WebhookRejection.badRequest(e.field(), e.getMessage());
        }
        if (read.event() instanceof TicketEvent.Ignored ignored) {
            LOG.debug("{} {} ignored: {}", channel, read.type(), ignored.why());
            return WebhookEvent.ignored(channel, read.key(), read.type());
        }
        return WebhookEvent.of(channel, read.key(), read.type(), read.event().ticketId(),
                new InboxEnvelope(request.receivedAt(), request.bodyText()).toJson());
    }

    /** Processes an accepted event: ownership, or the assistant's reply queued in the outbox. */
    public void process(WebhookEvent event, Assistant assistant, ConversationStore store, Outbox outbox) {
        InboxEnvelope envelope = InboxEnvelope.fromJson(event.body());
        TicketEvent ticketEvent;
        try {
            ticketEvent = reader.read(envelope.body(), envelope.receivedAt()).event();
        } catch (MalformedPayloadException e) {
            throw new PermanentFailure(channel + " event " + event.idempotencyKey() + " cannot be read: "
                    + e.getMessage());
        }
        processor.process(ticketEvent, planner, assistant, store, outbox);
    }

    /** OK when usable, else CRITICAL with every problem. */
    public Result health() {
        FormattingResultLog log = new FormattingResultLog();
        if (problems.isEmpty()) {
            log.info("{} adapter for {} ready", channel, baseUrl);
        }
        for (String problem : problems) {
            log.critical("{}: {}", pid, problem);
        }
        return new Result(log);
    }
}
