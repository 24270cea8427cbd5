package dev.parley.it.sample.assistant.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.parley.api.host.Ticket;
import dev.parley.api.host.TicketRequest;
import dev.parley.api.host.TicketService;

/** A helpdesk in memory: tickets numbered in order, one per request id. */
@Component
public class MemoryHelpdesk implements TicketService {

    private final Map<String, Ticket> byRequest = new LinkedHashMap<>();

    @Override
    public synchronized Ticket create(TicketRequest request) {
        return byRequest.computeIfAbsent(request.requestId(), id -> new Ticket("IT-" + (byRequest.size() + 1),
                request.subject(), request.queue(), "open", Instant.now(), null));
    }

    @Override
    public synchronized Optional<Ticket> find(String ticketId) {
        return byRequest.values().stream().filter(t -> t.id().equals(ticketId)).findFirst();
    }

    @Override
    public void addComment(String ticketId, String body, boolean publicReply) {
    }
}
