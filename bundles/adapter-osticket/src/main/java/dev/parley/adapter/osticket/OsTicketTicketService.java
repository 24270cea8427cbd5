package dev.parley.adapter.osticket;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.host.RecordNotFoundException;
import dev.parley.api.host.Ticket;
import dev.parley.api.host.TicketRequest;
import dev.parley.api.host.TicketService;
import dev.parley.adapter.osticket.TicketLedger.Entry;
import dev.parley.adapter.osticket.TicketLedger.State;

/**
 * Handoff tickets in osTicket. osTicket's ticket API can only open tickets, so:
 * <ul>
 * <li>{@code create} is idempotent through the {@link TicketLedger}: a request already opened
 * returns its ticket; one whose earlier attempt surely failed is sent again; one being sent right
 * now (another thread or container) is answered "unavailable, retry"; one whose earlier attempt
 * got no answer is sent again with a warning, because a handoff that reaches no one is worse than a
 * duplicate that staff can merge (the request id is in both tickets' text);</li>
 * <li>{@code find} answers from what this adapter recorded when it opened the ticket, with the
 * status it had then ({@code open});</li>
 * <li>{@code addComment} is not possible through osTicket's API and says so.</li>
 * </ul>
 */
final class OsTicketTicketService implements TicketService {

    static final String STATUS_AT_CREATION = "open";
    private static final Logger LOG = LoggerFactory.getLogger(OsTicketTicketService.class);
    /** Added to the call's own timeouts before an attempt without an outcome is taken for dead. */
    private static final Duration IN_FLIGHT_MARGIN = Duration.ofSeconds(5);

    private final OsTicketSettings settings;
    private final TicketLedger ledger;
    private final OsTicketClient client;
    private final RequesterLookup requesters;
    private final DeliveryMonitor monitor;
    private final Clock clock;
    private final TicketJson json;
    private final Duration inFlight;

    OsTicketTicketService(OsTicketSettings settings, TicketLedger ledger, OsTicketClient client,
            RequesterLookup requesters, DeliveryMonitor monitor, Clock clock) {
        this.settings = settings;
        this.ledger = ledger;
        this.client = client;
        this.requesters = requesters;
        this.monitor = monitor;
        this.clock = clock;
        this.json = new TicketJson(settings);
        this.inFlight = settings.connectTimeout().plus(settings.readTimeout()).plus(IN_FLIGHT_MARGIN);
    }

    @Override
    public Ticket create(TicketRequest request) {
        Objects.requireNonNull(request, "request");
        Optional<Entry> earlier = ledger.byRequest(request.requestId());
        if (earlier.isPresent() && earlier.get().state() == State.CREATED) {
            return openedBefore(request, earlier.get());
        }
        // Who the ticket is for is settled before anything is recorded: a refusal leaves no trace.
        String body = json.body(request, requesters.requesterOf(request.customerId()));
        Instant now = clock.instant();
        if (earlier.isEmpty() && !ledger.start(request, settings.topicOf(request.queue()), now)) {
            earlier = ledger.byRequest(request.requestId());
            if (earlier.isPresent() && earlier.get().state() == State.CREATED) {
                return openedBefore(request, earlier.get());
            }
        }
        if (earlier.isPresent()) {
            retake(request, earlier.get(), now);
        }
        return send(request, body);
    }

    private Ticket openedBefore(TicketRequest request, Entry entry) {
        LOG.debug("osTicket ticket {} for request {} was opened before", entry.ticketNumber(), request.requestId());
        return ticket(entry.ticketNumber(), entry.subject(), entry.queue(), entry.createdAt());
    }

    private void retake(TicketRequest request, Entry entry, Instant now) {
        boolean inProgress = entry.state() == State.SENDING && entry.attemptedAt().plus(inFlight).isAfter(now);
        if (inProgress || !ledger.retake(entry, now)) {
            throw new HostUnavailableException("osTicket adapter: the ticket for request " + request.requestId()
                    + " is being opened right now; retry in a few seconds");
        }
        if (entry.state() != State.NOT_CREATED) {
            LOG.warn("osTicket adapter: an earlier attempt to open the ticket for request {} got no answer; sending "
                    + "it again, so osTicket may hold two tickets with this request id in their text",
                    request.requestId());
        }
    }

    private Ticket send(TicketRequest request, String body) {
        String number;
        try {
            number = client.create(body);
        } catch (OsTicketFailure failure) {
            monitor.failed(failure.getMessage(), clock.instant());
            LOG.warn("osTicket ticket for request {} (queue {}) not opened: {}", request.requestId(), request.queue(),
                    failure.getMessage());
            recordFailure(request, failure.maybeCreated() ? State.UNKNOWN : State.NOT_CREATED);
            throw failure.reported();
        }
        monitor.succeeded(clock.instant());
        Instant created = clock.instant();
        try {
            ledger.created(request.requestId(), number, created);
        } catch (HostUnavailableException e) {
            // The ticket exists: report it. Only a retry of this request could now open a second one.
            LOG.warn("osTicket ticket {} for request {} opened but not recorded: {}", number, request.requestId(),
                    e.getMessage());
        }
        LOG.info("osTicket ticket {} opened for request {} (queue {}, topic {})", number, request.requestId(),
                request.queue(), settings.topicOf(request.queue()).stream().mapToObj(Integer::toString)
                        .findFirst().orElse("osTicket's default"));
        return ticket(number, request.subject(), request.queue(), created);
    }

    private void recordFailure(TicketRequest request, State state) {
        try {
            ledger.failed(request.requestId(), state);
        } catch (HostUnavailableException e) {
            // Left as SENDING: a retry after the in-flight time sends it again, as for UNKNOWN.
            LOG.debug("osTicket adapter: failure of request {} not recorded", request.requestId(), e);
        }
    }

    @Override
    public Optional<Ticket> find(String ticketId) {
        Objects.requireNonNull(ticketId, "ticketId");
        return ledger.byNumber(ticketId).map(entry -> ticket(entry.ticketNumber(), entry.subject(), entry.queue(),
                entry.createdAt()));
    }

    @Override
    public void addComment(String ticketId, String body, boolean publicReply) {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(body, "body");
        if (ledger.byNumber(ticketId).isEmpty()) {
            throw new RecordNotFoundException("no osTicket ticket " + ticketId + " was opened by Parley");
        }
        throw new UnsupportedOperationException("osTicket's ticket API cannot add to an existing ticket; the "
                + "customer continues with staff by e-mail, which osTicket threads into ticket " + ticketId);
    }

    private Ticket ticket(String number, String subject, String queue, Instant createdAt) {
        return new Ticket(number, subject, queue, STATUS_AT_CREATION, createdAt, staffUrl(settings.baseUrl(), number));
    }

    /** Where staff open the ticket: osTicket's staff panel finds a ticket by its number. */
    static String staffUrl(URI baseUrl, String number) {
        return baseUrl + "/scp/tickets.php?number=" + number;
    }
}
