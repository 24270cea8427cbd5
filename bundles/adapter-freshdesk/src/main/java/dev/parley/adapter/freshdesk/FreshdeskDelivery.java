package dev.parley.adapter.freshdesk;

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
 * Delivers the Freshdesk adapter's queued calls to the Freshdesk API, with the credentials of the
 * adapter's configuration (PID {@value FreshdeskAdapter#PID}). A component of its own, without the
 * outbox, because the outbox calls the deliveries it tracks.
 */
@Component(service = OutboxDelivery.class, configurationPid = FreshdeskAdapter.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = OutboxDelivery.CHANNEL + "=" + FreshdeskAdapter.CHANNEL)
public final class FreshdeskDelivery implements OutboxDelivery {

    private final TicketDelivery delivery;

    @Activate
    public FreshdeskDelivery(FreshdeskAdapter.Config config, @Reference ConfigurationAdmin configurationAdmin)
            throws IOException {
        FreshdeskSettings settings = new FreshdeskSettings(config, HandoffQueues.read(configurationAdmin));
        this.delivery = new TicketDelivery(FreshdeskAdapter.CHANNEL, settings.problems, settings.baseUrl,
                settings.authorization);
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message, int attempt) throws InterruptedException {
        return delivery.deliver(message);
    }
}
