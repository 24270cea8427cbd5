package dev.parley.adapter.zendesk;

import dev.parley.helpdesk.HandoffQueues;
import dev.parley.helpdesk.TicketDelivery;
import dev.parley.webhook.DeliveryResult;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.OutboxDelivery;
import java.io.IOException;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * Delivers the Zendesk adapter's queued calls to the Zendesk API, with the credentials of the
 * adapter's configuration (PID {@value ZendeskAdapter#PID}). A component of its own, without the
 * outbox, because the outbox calls the deliveries it tracks.
 */
@Component(service = OutboxDelivery.class, configurationPid = ZendeskAdapter.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = OutboxDelivery.CHANNEL + "=" + ZendeskAdapter.CHANNEL)
public final class ZendeskDelivery implements OutboxDelivery {

    private final TicketDelivery delivery;

    @Activate
    public ZendeskDelivery(ZendeskAdapter.Config config, @Reference ConfigurationAdmin configurationAdmin)
            throws IOException {
        ZendeskSettings settings = ZendeskSettings.of(config, HandoffQueues.read(configurationAdmin));
        this.delivery = new TicketDelivery(ZendeskAdapter.CHANNEL, settings.problems, settings.baseUrl,
                settings.authorization);
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message, int attempt) throws InterruptedException {
        return delivery.deliver(message);
    }
}
