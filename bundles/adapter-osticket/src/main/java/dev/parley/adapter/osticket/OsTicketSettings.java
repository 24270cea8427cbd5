package dev.parley.adapter.osticket;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import dev.parley.api.Priority;

/**
 * The adapter's checked configuration.
 *
 * @param baseUrl the osTicket installation's root, without a trailing slash
 * @param apiKey the API key; never logged, never in {@link #toString()}
 * @param topics help topic id by queue name, queue names lower-case
 * @param defaultTopicId the topic of queues {@code topics} does not map; empty to send none
 * @param priorities osTicket's priority id by Parley priority; a priority left out sends none
 * @param source the ticket source osTicket records, e.g. {@code API}
 * @param alert whether osTicket alerts staff of the new ticket
 * @param autorespond whether osTicket sends its auto-response to the customer
 * @param anonymousName the name of a customer the host does not know
 * @param anonymousEmail the e-mail address of such a customer; empty: such tickets are refused
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer
 * @param ranking the ticket service's {@code service.ranking}
 */
record OsTicketSettings(
        URI baseUrl,
        String apiKey,
        Map<String, Integer> topics,
        OptionalInt defaultTopicId,
        Map<Priority, Integer> priorities,
        String source,
        boolean alert,
        boolean autorespond,
        String anonymousName,
        String anonymousEmail,
        Duration connectTimeout,
        Duration readTimeout,
        int ranking) {

    /** The endpoint that opens tickets. */
    URI ticketsEndpoint() {
        return URI.create(baseUrl + "/api/tickets.json");
    }

    /** The help topic of a queue: its mapping, else the default topic. */
    OptionalInt topicOf(String queue) {
        Integer topic = topics.get(queue.strip().toLowerCase(Locale.ROOT));
        return topic == null ? defaultTopicId : OptionalInt.of(topic);
    }

    @Override
    public String toString() {
        return "OsTicketSettings[baseUrl=" + baseUrl + ", apiKey=(secret), topics=" + topics + ", defaultTopicId="
                + defaultTopicId + ", priorities=" + priorities + ", source=" + source + ", alert=" + alert
                + ", autorespond=" + autorespond + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", ranking=" + ranking + "]";
    }
}
