package dev.parley.helpdesk;

import dev.parley.webhook.DeliveryResult;
import dev.parley.webhook.OutboundMessage;
import java.net.URI;
import java.util.List;

/**
 * Delivers a ticket adapter's queued calls to its host's API, with the credentials configured now.
 * While the configuration has problems the calls wait (retry) rather than fail, so fixing the
 * configuration delivers them.
 */
public final class TicketDelivery {

    private final String channel;
    private final boolean usable;
    private final URI baseUrl;
    private final String authorization;
    private final HostClient client;

    /**
     * @param channel the adapter's channel
     * @param problems what is wrong with the configuration; empty when it is usable
     * @param baseUrl the host's API without a trailing slash
     * @param authorization the {@code Authorization} header's value; never logged
     */
    public TicketDelivery(String channel, List<String> problems, URI baseUrl, String authorization) {
        this.channel = channel;
        this.usable = problems.isEmpty();
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.client = new HostClient(channel);
    }

    /** Performs one queued call. */
    public DeliveryResult deliver(OutboundMessage message) throws InterruptedException {
        if (!usable) {
            return DeliveryResult.retry(null, "the " + channel + " adapter's configuration has problems");
        }
        return client.send(baseUrl, authorization, HostRequests.fromJson(message.payload()));
    }
}
