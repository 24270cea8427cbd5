package dev.parley.assistant;

import dev.parley.api.host.Customer;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderStatus;
import dev.parley.api.skill.Slots;
import dev.parley.api.store.InteractionSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Greets a returning customer by name on the first turn of a conversation and offers what they
 * most likely come about: their most recent order, or the issue of their last conversation.
 * A failing lookup only makes the greeting plainer.
 */
final class Personalizer {

    private static final Logger LOG = LoggerFactory.getLogger(Personalizer.class);

    /** Orders a customer may still ask about. */
    private static final Set<OrderStatus> OPEN = EnumSet.of(OrderStatus.PENDING, OrderStatus.PAID,
            OrderStatus.PROCESSING, OrderStatus.SHIPPED);

    private final AssistantSettings settings;

    Personalizer(AssistantSettings settings) {
        this.settings = settings;
    }

    /**
     * A greeting for a returning customer.
     *
     * @param greeting e.g. "Welcome back, Ada!"
     * @param question e.g. "Is this about order 100235 from 3 November?"
     * @param quickReplies what to offer with the question
     */
    record Welcome(String greeting, String question, List<String> quickReplies) {
    }

    Optional<Welcome> welcome(Identity identity, Map<String, String> slots, TurnInput turn, Instant now) {
        if (identity.customer().isEmpty()) {
            return Optional.empty();
        }
        Customer customer = identity.customer().get();
        List<InteractionSummary> history = history(customer.id(), turn);
        Optional<Order> lastOrder = lastOrder(customer.id(), turn.services());
        if (history.isEmpty() && lastOrder.isEmpty()) {
            return Optional.empty();
        }
        String greeting = name(customer, slots).map(n -> "Welcome back, " + n + "!").orElse("Welcome back!");
        Optional<InteractionSummary> lastIssue = history.stream().filter(h -> h.lastIntent() != null).findFirst();
        boolean issueIsNewer = lastIssue.isPresent() && (lastOrder.isEmpty()
                || lastIssue.get().startedAt().isAfter(lastOrder.get().placedAt()));
        if (issueIsNewer) {
            return Optional.of(aboutIssue(greeting, lastIssue.get()));
        }
        if (lastOrder.isPresent()) {
            return Optional.of(aboutOrder(greeting, lastOrder.get(), turn.locale(), now));
        }
        return Optional.of(new Welcome(greeting, "How can I help you today?", List.of("Track my order",
                "Talk to a person")));
    }

    /** The name to address the customer by: the one they asked for, else their first name. */
    static Optional<String> name(Customer customer, Map<String, String> slots) {
        String preferred = slots.get(Slots.PREFERRED_NAME);
        if (preferred != null && !preferred.isBlank()) {
            return Optional.of(preferred);
        }
        if (customer == null || customer.name() == null || customer.name().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(customer.name().strip().split("\\s+")[0]);
    }

    private Welcome aboutOrder(String greeting, Order order, Locale locale, Instant now) {
        String question = "Is this about order " + order.number() + " from " + day(order.placedAt(), now, locale)
                + "?";
        List<String> quickReplies = OPEN.contains(order.status())
                ? List.of("Where is order " + order.number() + "?", "Something else")
                : List.of("A problem with order " + order.number(), "Something else");
        return new Welcome(greeting, question, quickReplies);
    }

    private static Welcome aboutIssue(String greeting, InteractionSummary issue) {
        String question = "Last time you asked about " + IntentPhrases.topic(issue.lastIntent())
                + (issue.ticketId() == null ? "" : " (ticket " + issue.ticketId() + ")") + ". Is this about that?";
        String again = IntentPhrases.quickReply(issue.lastIntent()).orElse("Talk to a person");
        return new Welcome(greeting, question, List.of(again, "Something else"));
    }

    private String day(Instant at, Instant now, Locale locale) {
        ZoneId zone = settings.timeZone();
        boolean thisYear = at.atZone(zone).getYear() == now.atZone(zone).getYear();
        return DateTimeFormatter.ofPattern(thisYear ? "d MMMM" : "d MMMM yyyy", locale).format(at.atZone(zone));
    }

    private List<InteractionSummary> history(String customerId, TurnInput turn) {
        try {
            return turn.services().store().historyOf(customerId, turn.conversation().createdAt(),
                    settings.historyLimit()).stream()
                    .filter(h -> !h.conversationId().equals(turn.conversation().id())).toList();
        } catch (RuntimeException e) {
            LOG.warn("Interaction history could not be read; greeting without it: {}", e.toString());
            return List.of();
        }
    }

    private static Optional<Order> lastOrder(String customerId, Services services) {
        if (services.orders() == null) {
            return Optional.empty();
        }
        try {
            return services.orders().ordersOf(customerId, 1).stream().findFirst();
        } catch (RuntimeException e) {
            LOG.warn("Recent orders could not be read; greeting without them: {}", e.toString());
            return Optional.empty();
        }
    }
}
