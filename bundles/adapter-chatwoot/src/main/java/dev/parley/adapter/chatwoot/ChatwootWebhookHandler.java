package dev.parley.adapter.chatwoot;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

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

import com.google.gson.JsonObject;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.InvalidMessageException;
import dev.parley.api.conversation.Reply;
import dev.parley.api.store.ConversationStore;
import dev.parley.helpdesk.HandoffQueues;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.Outbox;
import dev.parley.webhook.PermanentFailure;
import dev.parley.webhook.WebhookEvent;
import dev.parley.webhook.WebhookHandler;
import dev.parley.webhook.WebhookRejection;
import dev.parley.webhook.WebhookRequest;

/**
 * Chatwoot's webhook at {@code POST /webhooks/chatwoot}: a customer's message is answered by the
 * assistant and the reply posted back through the outbox; what Chatwoot shows about who answers a
 * conversation (an agent's reply, an assignment, a status) sets its owner. Active only with its
 * configuration {@value #PID}.
 */
@Component(service = WebhookHandler.class, configurationPid = ChatwootWebhookHandler.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = WebhookHandler.NAME + "=" + ReplyPlan.CHANNEL)
@Designate(ocd = ChatwootWebhookHandler.Config.class)
public final class ChatwootWebhookHandler implements WebhookHandler {

    public static final String PID = "dev.parley.adapter.chatwoot";
    static final String DELIVERY_HEADER = "X-Chatwoot-Delivery";
    private static final Logger LOG = LoggerFactory.getLogger(ChatwootWebhookHandler.class);

    @ObjectClassDefinition(name = "Parley Chatwoot adapter",
            description = "Answers Chatwoot conversations: Chatwoot posts its webhooks (account webhook, API inbox "
                    + "or agent bot) to /webhooks/chatwoot and Parley replies through Chatwoot's API.")
    public @interface Config {
        @AttributeDefinition(description = "Address of the Chatwoot instance, e.g. https://chatwoot.example.com.")
        String baseUrl();

        @AttributeDefinition(type = AttributeType.PASSWORD, description = "Access token of the Chatwoot agent bot "
                + "or user Parley answers as, sent as the api_access_token header. Secret: never logged.")
        String apiAccessToken();

        @AttributeDefinition(type = AttributeType.PASSWORD, required = false, description = "Secret of the Chatwoot "
                + "webhook or agent bot; requests must carry X-Chatwoot-Signature made with it. Secret: never logged.")
        String webhookSecret() default "";

        @AttributeDefinition(required = false, description = "Accept requests without a signature, for an old "
                + "self-hosted Chatwoot that does not sign webhooks. Signed requests are still verified.")
        boolean allowUnsigned() default false;

        @AttributeDefinition(description = "The Chatwoot account id, as in Chatwoot's URLs (/app/accounts/<id>/...).")
        long accountId();

        @AttributeDefinition(required = false, description = "Chatwoot team of each handoff queue, as "
                + "<queue>=<team id>, e.g. billing=3, shipping=4. Queues must be queues of the handoff router.")
        String[] teamMapping() default {};

        @AttributeDefinition(required = false, description = "Team assigned for a queue without a mapping; 0 "
                + "assigns no team.")
        long defaultTeamId() default 0;

        @AttributeDefinition(required = false, description = "Id of the Chatwoot user whose token Parley uses, "
                + "when it is a user rather than an agent bot: its outgoing messages are Parley's own, not an "
                + "agent's. 0 when Parley answers as an agent bot.")
        long ownUserId() default 0;

        @AttributeDefinition(required = false, description = "On handoff, label the conversation with the intent "
                + "(intent-<name>).")
        boolean labelIntent() default false;

        @AttributeDefinition(required = false, description = "On handoff, label the conversation with the "
                + "sentiment (sentiment-<label>).")
        boolean labelSentiment() default false;

        @AttributeDefinition(required = false, description = "Oldest signature timestamp accepted, in seconds; "
                + "older requests are refused as replays (10-3600).")
        int maxAgeSeconds() default 300;

        @AttributeDefinition(required = false, description = "Timeout of one call to Chatwoot's API, in seconds "
                + "(1-120).")
        int requestTimeoutSeconds() default 10;
    }

    private final Assistant assistant;
    private final Outbox outbox;
    private final ChatwootSettings settings;
    private final ChatwootSignature signature;
    private final ChatwootEvents events;
    private final OwnershipUpdater ownership;
    private final Clock clock;

    @Activate
    public ChatwootWebhookHandler(@Reference Assistant assistant, @Reference ConversationStore store,
            @Reference Outbox outbox, @Reference ConfigurationAdmin configurationAdmin, Config config)
            throws IOException {
        this(assistant, store, outbox, ChatwootSettings.of(config, HandoffQueues.read(configurationAdmin)),
                Clock.systemUTC());
        LOG.info("Chatwoot adapter for {} account {} at /webhooks/{}{}", settings.baseUrl(), settings.accountId(),
                ReplyPlan.CHANNEL, settings.allowUnsigned() ? ", accepting unsigned requests" : "");
    }

    ChatwootWebhookHandler(Assistant assistant, ConversationStore store, Outbox outbox, ChatwootSettings settings,
            Clock clock) {
        this.assistant = assistant;
        this.outbox = outbox;
        this.settings = settings;
        this.signature = new ChatwootSignature(settings.webhookSecret(), settings.allowUnsigned(), settings.maxAge(),
                clock);
        this.events = new ChatwootEvents(settings.accountId(), settings.ownUserId());
        this.ownership = new OwnershipUpdater(store);
        this.clock = clock;
    }

    @Override
    public void authenticate(WebhookRequest request) throws WebhookRejection {
        signature.verify(request);
    }

    @Override
    public WebhookEvent parse(WebhookRequest request) throws WebhookRejection {
        JsonObject body = ChatwootEvents.parseObject(request.bodyText());
        ChatwootEvent event = events.read(body, request.receivedAt());
        String type = ChatwootEvents.type(body);
        if (event instanceof ChatwootEvent.Ignored ignored) {
            LOG.debug("Chatwoot {} ignored: {}", type, ignored.why());
            return WebhookEvent.ignored(ReplyPlan.CHANNEL, type + ":" + ignored.conversationId(), type);
        }
        String ordering = Long.toString(event.conversationId());
        return WebhookEvent.of(ReplyPlan.CHANNEL, key(event, type, request), type, ordering, request.bodyText());
    }

    /**
     * A message is known by its id; an ownership change by what changed and the delivery, since
     * Chatwoot may send the same change again (it is applied idempotently).
     */
    private static String key(ChatwootEvent event, String type, WebhookRequest request) {
        if (event instanceof ChatwootEvent.CustomerMessage message) {
            return "message:" + message.messageId();
        }
        if (event instanceof ChatwootEvent.AgentMessage message) {
            return "message:" + message.messageId();
        }
        ChatwootEvent.OwnerChange change = (ChatwootEvent.OwnerChange) event;
        return type + ":" + change.conversationId() + ":" + change.owner() + ":" + request.header(DELIVERY_HEADER)
                .or(() -> request.header(ChatwootSignature.TIMESTAMP_HEADER)).orElse("-");
    }

    @Override
    public void process(WebhookEvent event) throws WebhookRejection {
        ChatwootEvent read = events.read(ChatwootEvents.parseObject(event.body()), clock.instant());
        if (read instanceof ChatwootEvent.CustomerMessage message) {
            answer(message);
        } else if (read instanceof ChatwootEvent.AgentMessage message) {
            ownership.agentReplied(message);
        } else if (read instanceof ChatwootEvent.OwnerChange change) {
            ownership.ownerChanged(change);
        }
    }

    private void answer(ChatwootEvent.CustomerMessage message) {
        Reply reply;
        try {
            reply = assistant.handle(new IncomingMessage(ReplyPlan.CHANNEL, Long.toString(message.conversationId()),
                    Long.toString(message.messageId()), message.customer(), message.text(), message.sentAt(), null,
                    message.inboxId() == null ? Map.of() : Map.of("chatwoot.inbox", message.inboxId().toString())));
        } catch (InvalidMessageException e) {
            throw new PermanentFailure("Chatwoot message " + message.messageId() + " cannot be answered: "
                    + e.getMessage(), e);
        }
        for (OutboundMessage call : ReplyPlan.of(message.conversationId(), message.messageId(), reply, settings)) {
            outbox.enqueue(call);
        }
        LOG.debug("Chatwoot conversation {}: message {} answered{}", message.conversationId(), message.messageId(),
                reply.text().isBlank() ? " silently, a person owns it" : reply.handoff() != null ? ", handed off" : "");
    }
}
