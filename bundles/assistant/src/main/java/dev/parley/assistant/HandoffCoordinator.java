package dev.parley.assistant;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffRequest;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.host.Customer;
import dev.parley.api.host.Ticket;
import dev.parley.api.host.TicketRequest;
import dev.parley.api.host.TicketService;
import dev.parley.api.store.StoredMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a conversation to a person: the router picks queue and priority, a ticket is opened in
 * the host's helpdesk with a summary and the transcript, and the customer is told what happens
 * next. Only when the ticket exists does a person own the conversation; if the helpdesk cannot be
 * reached the customer is told so honestly and the assistant keeps the conversation.
 */
final class HandoffCoordinator {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffCoordinator.class);

    private final AssistantSettings settings;
    private final TicketWriter ticketWriter = new TicketWriter();

    HandoffCoordinator(AssistantSettings settings) {
        this.settings = settings;
    }

    /**
     * The outcome of a handoff.
     *
     * @param handoff the routing decision, with the ticket id when one was opened
     * @param passedOn whether a ticket exists, so that a person owns the conversation now
     * @param text what to tell the customer
     * @param quickReplies what the customer may answer
     * @param slots the conversation's slots afterwards (with the handoff recorded when passed on)
     */
    record Outcome(Handoff handoff, boolean passedOn, String text, List<String> quickReplies,
            Map<String, String> slots) {
    }

    Outcome handOff(Escalation escalation, TurnInput turn, Nlu nlu, Identity identity, Map<String, String> slots,
            Instant now) {
        Handoff routed = route(escalation, turn, nlu, identity, now);
        Optional<String> earlierTicket = HandoffMarkers.ticketId(slots);
        String ticketId = earlierTicket.orElseGet(() -> openTicket(routed, escalation, turn, nlu, identity, slots));
        if (ticketId == null) {
            LOG.warn("Handoff of conversation {} to queue {} ({}) not passed on: no ticket could be opened;"
                    + " the assistant keeps the conversation", turn.conversation().id(), routed.queue(),
                    routed.trigger());
            return new Outcome(routed, false, HandoffNotice.notPassedOn(), HandoffNotice.RETRY_QUICK_REPLIES, slots);
        }
        Handoff handoff = new Handoff(routed.queue(), routed.trigger(), routed.reason(), routed.priority(), ticketId,
                routed.expectedResponseBy(), routed.withinBusinessHours());
        LOG.info("Conversation {} handed off to queue {} ({}, {}), ticket {}{}", turn.conversation().id(),
                handoff.queue(), handoff.trigger(), handoff.priority(), ticketId,
                earlierTicket.isPresent() ? " (opened before)" : "");
        return new Outcome(handoff, true, HandoffNotice.text(handoff, now, settings.timeZone(), turn.locale()),
                HandoffNotice.QUICK_REPLIES, HandoffMarkers.record(slots, handoff));
    }

    private Handoff route(Escalation escalation, TurnInput turn, Nlu nlu, Identity identity, Instant now) {
        HandoffRequest request = new HandoffRequest(turn.conversation().id(), escalation.trigger(),
                nlu.topicIntent(), nlu.sentiment(),
                identity.customer().map(Customer::tier).orElse(null), escalation.reason(), turn.message().text(), now);
        if (turn.services().router() != null) {
            try {
                Handoff handoff = turn.services().router().route(request);
                if (handoff != null) {
                    return handoff;
                }
            } catch (RuntimeException e) {
                LOG.warn("Handoff router failed, using queue {}: {}", settings.defaultQueue(), e.toString());
            }
        }
        return new Handoff(settings.defaultQueue(), escalation.trigger(), escalation.reason(),
                defaultPriority(escalation.trigger()), null, null, false);
    }

    private static Priority defaultPriority(HandoffTrigger trigger) {
        return switch (trigger) {
            case NEGATIVE_SENTIMENT, SENSITIVE_INTENT -> Priority.HIGH;
            default -> Priority.NORMAL;
        };
    }

    /** The new ticket's id, or {@code null} when none could be opened. */
    private String openTicket(Handoff routed, Escalation escalation, TurnInput turn, Nlu nlu, Identity identity,
            Map<String, String> slots) {
        TicketService tickets = turn.services().tickets();
        if (tickets == null) {
            LOG.warn("No ticket service is installed: handoffs cannot reach a person; install the host's adapter");
            return null;
        }
        try {
            List<StoredMessage> transcript = turn.services().store().transcript(turn.conversation().id());
            TicketRequest request = ticketWriter.request(routed, escalation, turn, nlu, identity, slots, transcript);
            Ticket ticket = tickets.create(request);
            return ticket == null ? null : ticket.id();
        } catch (RuntimeException e) {
            LOG.warn("Ticket for conversation {} could not be opened: {}", turn.conversation().id(), e.toString());
            return null;
        }
    }
}
