package dev.parley.adapter.chatwoot;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

import dev.parley.helpdesk.HandoffQueues;
import dev.parley.webhook.DeliveryResult;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.OutboxDelivery;

/** Delivers the outbox's Chatwoot calls with this adapter's configured instance and token. */
@Component(service = OutboxDelivery.class, configurationPid = ChatwootWebhookHandler.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = OutboxDelivery.CHANNEL + "=" + ReplyPlan.CHANNEL)
public final class ChatwootDelivery implements OutboxDelivery {

    private final ChatwootApi api;

    @Activate
    public ChatwootDelivery(ChatwootWebhookHandler.Config config, @Reference ConfigurationAdmin configurationAdmin)
            throws IOException {
        // the handler's checked configuration, though the delivery only needs the instance and token
        ChatwootSettings settings = ChatwootSettings.of(config, HandoffQueues.read(configurationAdmin));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.api = new ChatwootApi(client, settings, Clock.systemUTC());
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message, int attempt) throws Exception {
        return api.deliver(message);
    }
}
