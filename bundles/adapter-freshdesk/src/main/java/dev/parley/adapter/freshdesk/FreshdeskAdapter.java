package dev.parley.adapter.freshdesk;

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
import java.util.List;
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
 * The Freshdesk adapter's automation webhook {@code POST /webhooks/freshdesk} and its health check;
 * its calls to the Freshdesk API are made by {@link FreshdeskDelivery}. Starts only with its configuration (PID {@value #PID}); a
 * configuration with problems keeps it registered but refusing webhooks with 401 and its health
 * check CRITICAL, with every problem named.
 */
@Component(service = {WebhookHandler.class, HealthCheck.class},
        configurationPid = FreshdeskAdapter.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, property = {
            WebhookHandler.NAME + "=" + FreshdeskAdapter.CHANNEL,
            HealthCheck.NAME + "=Freshdesk adapter",
            HealthCheck.TAGS + "=parley",
            HealthCheck.TAGS + "=freshdesk" })
@Designate(ocd = FreshdeskAdapter.Config.class)
public final class FreshdeskAdapter implements WebhookHandler, HealthCheck {

    static final String PID = "dev.parley.adapter.freshdesk";
    static final String CHANNEL = "freshdesk";

    @ObjectClassDefinition(name = "Parley Freshdesk adapter", description = "Answers Freshdesk tickets: the"
            + " automation webhook /webhooks/freshdesk, replies through the Freshdesk API.")
    public @interface Config {
        @AttributeDefinition(name = "Freshdesk URL", description = "The helpdesk's URL, e.g. https://yourcompany.freshdesk.com")
        String baseUrl() default "";

        @AttributeDefinition(name = "API key", type = AttributeType.PASSWORD, description = "API key of the Freshdesk"
                + " agent the assistant answers as (Profile settings > View API key). Never logged.")
        String apiKey() default "";

        @AttributeDefinition(name = "Webhook user", description = "User of the rule's Require authentication (Basic);"
                + " with an API key there: the key, and password X.")
        String webhookUser() default "";

        @AttributeDefinition(name = "Webhook password", type = AttributeType.PASSWORD, description = "Password of the"
                + " rule's Require authentication. Never logged.")
        String webhookPassword() default "";

        @AttributeDefinition(name = "Webhook header", description = "Name of a custom header the rule sends with a"
                + " shared secret, e.g. X-Parley-Secret; empty: not accepted.")
        String webhookHeader() default "X-Parley-Secret";

        @AttributeDefinition(name = "Webhook secret", type = AttributeType.PASSWORD, description = "The secret the"
                + " custom header must carry. Never logged.")
        String webhookSecret() default "";

        @AttributeDefinition(name = "Reply mode", description = "reply: public replies the customer sees;"
                + " note: private notes with a suggested answer for agents.")
        String replyMode() default "reply";

        @AttributeDefinition(name = "Tag intent", description = "Tag tickets with parley_intent_<intent> (only when"
                + " the rule sends ticket_tags, as Freshdesk replaces a ticket's tags).")
        boolean tagIntent() default true;

        @AttributeDefinition(name = "Tag sentiment", description = "Tag tickets with parley_sentiment_<label> (only"
                + " when the rule sends ticket_tags).")
        boolean tagSentiment() default true;

        @AttributeDefinition(name = "Handoff tag", description = "Tag added when the assistant hands a ticket over.")
        String handoffTag() default "parley_handoff";

        @AttributeDefinition(name = "Handback tag", description = "Tag staff add to hand a ticket back to the assistant.")
        String handbackTag() default "parley_handback";

        @AttributeDefinition(name = "Queue groups", description = "<queue>=<group id> for each handoff queue with a"
                + " Freshdesk group of its own; queues must be dev.parley.handoff queues, ids numbers.")
        String[] queueGroups() default {};

        @AttributeDefinition(name = "Default group", description = "Group id for queues without an entry; empty:"
                + " the ticket's group is left as it is.")
        String defaultGroupId() default "";
    }

    private final Assistant assistant;
    private final ConversationStore store;
    private final Outbox outbox;
    private final FreshdeskSettings settings;
    private final TicketWebhooks webhooks;

    @Activate
    public FreshdeskAdapter(Config config, @Reference Assistant assistant, @Reference ConversationStore store,
            @Reference Outbox outbox, @Reference ConfigurationAdmin configurationAdmin) throws IOException {
        this(config, assistant, store, outbox, HandoffQueues.read(configurationAdmin));
    }

    FreshdeskAdapter(Config config, Assistant assistant, ConversationStore store, Outbox outbox, List<String> queues) {
        this.assistant = assistant;
        this.store = store;
        this.outbox = outbox;
        this.settings = new FreshdeskSettings(config, queues);
        this.webhooks = new TicketWebhooks(CHANNEL, PID, settings.problems, new FreshdeskPayloads(settings.handbackTag),
                new ReplyPlanner(settings.reply), FreshdeskRequests::of,
                settings.baseUrl);
    }

    /**
     * Freshdesk signs nothing: a request must carry the rule's Basic credentials or the custom
     * header's secret, both compared in constant time. There is no timestamp to check, so replays
     * within the secret's lifetime are caught only by the idempotency keys.
     */
    @Override
    public void authenticate(WebhookRequest request) throws WebhookRejection {
        webhooks.requireUsable();
        boolean basic = SharedSecrets.basicMatches(request.header("Authorization").orElse(null), settings.webhookUser,
                settings.webhookPassword);
        boolean header = !settings.webhookHeader.isEmpty() && SharedSecrets.matches(
                request.header(settings.webhookHeader).orElse(null), settings.webhookSecret);
        if (!basic && !header) {
            throw WebhookRejection.unauthorized("missing or wrong credentials: send the configured Basic"
                    + " authentication or the " + settings.webhookHeader + " header");
        }
    }

    @Override
    public WebhookEvent parse(WebhookRequest request) throws WebhookRejection {
        return webhooks.parse(request);
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
