package dev.parley.adapter.zendesk;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.store.ConversationStore;
import dev.parley.helpdesk.HandoffQueues;
import dev.parley.helpdesk.ReplyPlanner;
import dev.parley.helpdesk.SharedSecrets;
import dev.parley.helpdesk.TicketWebhooks;
import dev.parley.webhook.Outbox;
import dev.parley.webhook.WebhookEvent;
import dev.parley.webhook.WebhookHandler;
import dev.parley.webhook.WebhookRejection;
import dev.parley.webhook.WebhookRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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

/**
 * The Zendesk adapter's webhook {@code POST /webhooks/zendesk} and its health check; its calls to
 * the Zendesk API are made by {@link ZendeskDelivery}. Starts only with its configuration (PID
 * {@value #PID}); a configuration with problems keeps it registered but refusing webhooks with 401
 * and its health check CRITICAL, with every problem named, so nothing is sent to Zendesk that it
 * would not accept.
 */
@Component(service = {WebhookHandler.class, HealthCheck.class}, configurationPid = ZendeskAdapter.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = {
            WebhookHandler.NAME + "=" + ZendeskAdapter.CHANNEL,
            HealthCheck.NAME + "=Zendesk adapter",
            HealthCheck.TAGS + "=parley",
            HealthCheck.TAGS + "=zendesk" })
@Designate(ocd = ZendeskAdapter.Config.class)
public final class ZendeskAdapter implements WebhookHandler, HealthCheck {

    static final String PID = "dev.parley.adapter.zendesk";
    static final String CHANNEL = "zendesk";

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
    private final TicketWebhooks webhooks;

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
        this.webhooks = new TicketWebhooks(CHANNEL, PID, settings.problems, new ZendeskPayloads(settings),
                new ReplyPlanner(settings.reply), (message, update) -> List.of(ZendeskRequests.of(update)),
                settings.baseUrl);
    }

    /**
     * A request with a signature must be signed with the signing secret, recently; one without must
     * carry the Basic credentials, if those are configured.
     */
    @Override
    public void authenticate(WebhookRequest request) throws WebhookRejection {
        webhooks.requireUsable();
        Optional<String> signed = request.header(ZendeskSignature.SIGNATURE_HEADER);
        if (signed.isPresent() || settings.webhookUser.isEmpty()) {
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
        return webhooks.parse(ZendeskUrlTargets.withQueryTicketId(request));
    }

    @Override
    public void process(WebhookEvent event) {
        webhooks.process(event, assistant, store, outbox);
    }

    @Override
    public Result execute() {
        return webhooks.health();
    }
}
