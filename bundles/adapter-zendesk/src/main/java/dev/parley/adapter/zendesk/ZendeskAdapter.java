package dev.parley.adapter.zendesk;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.store.ConversationStore;
import dev.parley.helpdesk.HandoffQueues;
import dev.parley.helpdesk.HostClient;
import dev.parley.helpdesk.HostRequests;
import dev.parley.helpdesk.InboxEnvelope;
import dev.parley.helpdesk.MalformedPayloadException;
import dev.parley.helpdesk.ReplyPlanner;
import dev.parley.helpdesk.SharedSecrets;
import dev.parley.helpdesk.TicketEvent;
import dev.parley.helpdesk.TicketProcessor;
import dev.parley.webhook.DeliveryResult;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.Outbox;
import dev.parley.webhook.OutboxDelivery;
import dev.parley.webhook.PermanentFailure;
import dev.parley.webhook.WebhookEvent;
import dev.parley.webhook.WebhookHandler;
import dev.parley.webhook.WebhookRejection;
import dev.parley.webhook.WebhookRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Zendesk adapter: the webhook {@code POST /webhooks/zendesk}, and the delivery of its calls to
 * the Zendesk API. Starts only with its configuration (PID {@value #PID}); a configuration with
 * problems keeps it registered but refusing webhooks with 401 and its health check CRITICAL, with
 * every problem named, so nothing is sent to Zendesk that it would not accept.
 */
@Component(service = {WebhookHandler.class, OutboxDelivery.class, HealthCheck.class}, configurationPid = ZendeskAdapter.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = {
            WebhookHandler.NAME + "=" + ZendeskAdapter.CHANNEL,
            OutboxDelivery.CHANNEL + "=" + ZendeskAdapter.CHANNEL,
            HealthCheck.NAME + "=Zendesk adapter",
            HealthCheck.TAGS + "=parley",
            HealthCheck.TAGS + "=zendesk" })
@Designate(ocd = ZendeskAdapter.Config.class)
public final class ZendeskAdapter implements WebhookHandler, OutboxDelivery, HealthCheck {

    static final String PID = "dev.parley.adapter.zendesk";
    static final String CHANNEL = "zendesk";

    private static final Logger LOG = LoggerFactory.getLogger(ZendeskAdapter.class);

    @ObjectClassDefinition(name = "Parley Zendesk adapter", description = "Answers Zendesk tickets: the webhook"
            + " /webhooks/zendesk, replies through the Zendesk API.")
    public @interface Config {
        @AttributeDefinition(name = "Zendesk URL", description = "The account's URL, e.g. https://yourcompany.zendesk.com")
        String baseUrl() default "";

        @AttributeDefinition(name = "Agent e-mail", description = "E-mail of the Zendesk agent the assistant answers as;"
                + " with the API token it authenticates the API calls ({email}/token:{token}).")
        String email() default "";

        @AttributeDefinition(name = "API token", type = AttributeType.PASSWORD, description = "A Zendesk API token"
                + " (Admin Center > Apps and integrations > Zendesk API). Never logged.")
        String apiToken() default "";

        @AttributeDefinition(name = "Assistant's user id", description = "The Zendesk user id of that agent: its"
                + " comments and changes are the assistant's own, never a person taking over.")
        String assistantUserId() default "";

        @AttributeDefinition(name = "Signing secret", type = AttributeType.PASSWORD, description = "The webhook's"
                + " signing secret: requests must carry a valid X-Zendesk-Webhook-Signature. Never logged.")
        String signingSecret() default "";

        @AttributeDefinition(name = "Webhook user", description = "User of the webhook's Basic authentication, for"
                + " webhooks or URL targets without a signature; empty: not accepted.")
        String webhookUser() default "";

        @AttributeDefinition(name = "Webhook password", type = AttributeType.PASSWORD, description = "Password of"
                + " the webhook's Basic authentication. Never logged.")
        String webhookPassword() default "";

        @AttributeDefinition(name = "Signature age (s)", description = "How old a signature's timestamp may be;"
                + " older requests are refused as replays.")
        int signatureMaxAgeSeconds() default 300;

        @AttributeDefinition(name = "Reply mode", description = "reply: public replies the customer sees;"
                + " note: internal notes with a suggested answer for agents.")
        String replyMode() default "reply";

        @AttributeDefinition(name = "Tag intent", description = "Tag tickets with parley_intent_<intent>.")
        boolean tagIntent() default true;

        @AttributeDefinition(name = "Tag sentiment", description = "Tag tickets with parley_sentiment_<label>.")
        boolean tagSentiment() default true;

        @AttributeDefinition(name = "Handoff tag", description = "Tag added when the assistant hands a ticket over.")
        String handoffTag() default "parley_handoff";

        @AttributeDefinition(name = "Handback tag", description = "Tag staff add to hand a ticket back to the assistant.")
        String handbackTag() default "parley_handback";

        @AttributeDefinition(name = "Queue groups", description = "<queue>=<group id> for each handoff queue with a"
                + " Zendesk group of its own; queues must be dev.parley.handoff queues, ids numbers.")
        String[] queueGroups() default {};

        @AttributeDefinition(name = "Default group", description = "Group id for queues without an entry; empty:"
                + " the ticket's group is left as it is.")
        String defaultGroupId() default "";
    }

    private final Assistant assistant;
    private final ConversationStore store;
    private final Outbox outbox;
    private final ZendeskSettings settings;
    private final Optional<ZendeskSignature> signature;
    private final ZendeskPayloads payloads;
    private final ReplyPlanner planner;
    private final TicketProcessor processor = new TicketProcessor(CHANNEL, update -> List.of(ZendeskRequests.of(update)));
    private final HostClient client = new HostClient(CHANNEL);

    @Activate
    public ZendeskAdapter(Config config, @Reference Assistant assistant, @Reference ConversationStore store,
            @Reference Outbox outbox, @Reference ConfigurationAdmin configurationAdmin) throws IOException {
        this(config, assistant, store, outbox, HandoffQueues.read(configurationAdmin), Clock.systemUTC());
    }

    ZendeskAdapter(Config config, Assistant assistant, ConversationStore store, Outbox outbox, List<String> queues,
            Clock clock) {
        this.assistant = assistant;
        this.store = store;
        this.outbox = outbox;
        this.settings = ZendeskSettings.of(config, queues);
        this.signature = settings.signingSecret.isEmpty() ? Optional.empty()
                : Optional.of(new ZendeskSignature(settings.signingSecret, settings.signatureMaxAge, clock));
        this.payloads = new ZendeskPayloads(settings);
        this.planner = new ReplyPlanner(settings.reply);
        if (settings.problems.isEmpty()) {
            LOG.info("Zendesk adapter for {} started: webhook /webhooks/{}, replies as {}, {} queue groups",
                    settings.baseUrl, CHANNEL, settings.reply.asNote() ? "internal notes" : "public replies",
                    settings.reply.groups().size());
        } else {
            LOG.error("Zendesk adapter ({}) is not usable until its configuration is fixed; webhooks are refused: {}",
                    PID, String.join("; ", settings.problems));
        }
    }

    @Override
    public void authenticate(WebhookRequest request) throws WebhookRejection {
        if (!settings.problems.isEmpty()) {
            throw WebhookRejection.unauthorized("the Zendesk adapter's configuration has problems (see its health"
                    + " check); no webhook is accepted until they are fixed");
        }
        Optional<String> signed = request.header(ZendeskSignature.SIGNATURE_HEADER);
        if (signed.isPresent() || signature.isPresent() && settings.webhookUser.isEmpty()) {
            if (signature.isEmpty()) {
                throw WebhookRejection.unauthorized("the request is signed but no signingSecret is configured");
            }
            Optional<String> problem = signature.get().verify(
                    request.header(ZendeskSignature.TIMESTAMP_HEADER).orElse(null), signed.orElse(null),
                    request.body());
            if (problem.isPresent()) {
                throw WebhookRejection.unauthorized(problem.get());
            }
            return;
        }
        if (!SharedSecrets.basicMatches(request.header("Authorization").orElse(null), settings.webhookUser,
                settings.webhookPassword)) {
            throw WebhookRejection.unauthorized("missing or wrong credentials: send the signature headers or the"
                    + " configured Basic authentication");
        }
    }

    @Override
    public WebhookEvent parse(WebhookRequest request) throws WebhookRejection {
        ZendeskPayloads.Read read = read(request.bodyText(), request);
        if (read.event() instanceof TicketEvent.Ignored ignored) {
            LOG.debug("Zendesk {} ignored: {}", read.type(), ignored.why());
            return WebhookEvent.ignored(CHANNEL, read.key(), read.type());
        }
        return WebhookEvent.of(CHANNEL, read.key(), read.type(), read.event().ticketId(),
                new InboxEnvelope(request.receivedAt(), request.bodyText()).toJson());
    }

    private ZendeskPayloads.Read read(String body, WebhookRequest request) throws WebhookRejection {
        try {
            return payloads.read(body, request.receivedAt());
        } catch (MalformedPayloadException e) {
            throw WebhookRejection.badRequest(e.field(), e.getMessage());
        }
    }

    @Override
    public void process(WebhookEvent event) {
        InboxEnvelope envelope = InboxEnvelope.fromJson(event.body());
        TicketEvent ticketEvent;
        try {
            ticketEvent = payloads.read(envelope.body(), envelope.receivedAt()).event();
        } catch (MalformedPayloadException e) {
            throw new PermanentFailure("Zendesk event " + event.idempotencyKey() + " cannot be read: " + e.getMessage());
        }
        processor.process(ticketEvent, planner, assistant, store, outbox);
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message, int attempt) throws InterruptedException {
        if (!settings.problems.isEmpty()) {
            return DeliveryResult.retry(null, "the Zendesk adapter's configuration has problems");
        }
        return client.send(settings.baseUrl, settings.authorization, HostRequests.fromJson(message.payload()));
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        if (settings.problems.isEmpty()) {
            log.info("Zendesk adapter for {} ready", settings.baseUrl);
        }
        for (String problem : settings.problems) {
            log.critical("{}: {}", PID, problem);
        }
        return new Result(log);
    }
}
