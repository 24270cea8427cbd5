package dev.parley.skills;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.Priority;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.Ticket;
import dev.parley.api.host.TicketRequest;
import dev.parley.api.host.TicketService;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;
import dev.parley.skills.support.Formats;
import dev.parley.skills.support.OrderLookup;
import dev.parley.skills.support.Replies;
import dev.parley.skills.support.SkillService;
import dev.parley.skills.support.Turns;

/**
 * Opens a ticket for a refund, a return, a damaged or a wrong item, for one of the customer's
 * orders, and tells the customer its number and what happens next. Once per conversation: a
 * second request refers to the ticket already opened (slot {@code ticketId}).
 */
@Component(service = Skill.class, configurationPid = RefundReturnSkill.PID)
@Designate(ocd = RefundReturnSkill.Config.class)
@SkillService(name = RefundReturnSkill.NAME, intents = {"refund_request", "return_item", "damaged_item", "wrong_item"})
public final class RefundReturnSkill extends HostSkill {

    static final String NAME = "refund-return";
    static final String PID = "dev.parley.skills.refundreturn";
    static final String KIND = NAME + ".kind";

    @ObjectClassDefinition(name = "Parley skill: refund and return",
            description = "Opens a helpdesk ticket for refunds, returns, damaged and wrong items.")
    public @interface Config {
        @AttributeDefinition(name = "Queue",
                description = "The helpdesk queue (department or group) the tickets go to; the adapter maps it to the host's group.")
        String queue() default "returns";

        @AttributeDefinition(name = "Priority", description = "Priority of the tickets.",
                options = {
                    @org.osgi.service.metatype.annotations.Option(label = "Low", value = "LOW"),
                    @org.osgi.service.metatype.annotations.Option(label = "Normal", value = "NORMAL"),
                    @org.osgi.service.metatype.annotations.Option(label = "High", value = "HIGH"),
                    @org.osgi.service.metatype.annotations.Option(label = "Urgent", value = "URGENT")})
        String priority() default "NORMAL";

        @AttributeDefinition(name = "Response time",
                description = "What the customer is told about when the team answers, completing 'Our team will get back to you by e-mail ...'.")
        String responseTime() default "within 2 business days";
    }

    private static final Logger LOG = LoggerFactory.getLogger(RefundReturnSkill.class);

    private final OrderService orders;
    private final TicketService tickets;
    private final OrderLookup lookup = new OrderLookup(NAME);
    private volatile Settings settings;

    private record Settings(String queue, Priority priority, String responseTime) {
    }

    @Activate
    public RefundReturnSkill(@Reference(policyOption = ReferencePolicyOption.GREEDY) OrderService orders,
            @Reference TicketService tickets, Config config) {
        super(NAME);
        this.orders = orders;
        this.tickets = tickets;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        Priority priority;
        try {
            priority = Priority.valueOf(config.priority().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": priority must be one of LOW, NORMAL, HIGH, URGENT but was '"
                    + config.priority() + "'", e);
        }
        if (config.queue().isBlank()) {
            throw new IllegalArgumentException(PID + ": queue must name a helpdesk queue, e.g. returns");
        }
        settings = new Settings(config.queue().trim(), priority, config.responseTime().trim());
        LOG.info("Refund and return tickets go to queue {} with priority {}", settings.queue(), settings.priority());
    }


    @Override
    SkillResult turn(SkillContext context) {
        Kind kind = Kind.ofIntent(Turns.intent(context))
                .or(() -> Turns.slot(context, KIND).flatMap(Kind::ofIntent))
                .orElse(Kind.REFUND);
        Optional<String> existing = Turns.slot(context, Slots.TICKET_ID);
        if (existing.isPresent()) {
            return SkillResult.answer("I've already opened ticket " + existing.get() + " for this in our conversation. Our team will get back to you by e-mail "
                    + settings.responseTime() + "; you don't need to do anything else.", "Order status", Replies.TALK_TO_PERSON);
        }
        return lookup.resolve(context, orders, Map.of(KIND, kind.intent)).then(found -> open(context, kind, found));
    }

    private SkillResult open(SkillContext context, Kind kind, OrderLookup.Found found) {
        Order order = found.order();
        Settings current = settings;
        TicketRequest request = new TicketRequest(NAME + ":" + context.conversationId(),
                kind.subject + " for order " + order.number(), description(kind, order), current.queue(), current.priority(),
                order.customerId(), context.conversationId(), List.of(kind.intent, "parley-assistant"), null);
        try {
            Ticket ticket = tickets.create(request);
            LOG.info("Opened ticket {} ({}) from conversation {}", ticket.id(), kind.intent, context.conversationId());
            return Replies.completed("I've opened ticket " + ticket.id() + " for your " + kind.noun + " of order " + order.number()
                    + ". Our team will check it and get back to you by e-mail " + current.responseTime() + ".",
                    Turns.clearPrivate(context, NAME, Map.of(Slots.TICKET_ID, ticket.id(), Slots.ORDER_NUMBER, order.number())),
                    "Order status", "Something else");
        } catch (ChangeRejectedException e) {
            LOG.warn("The helpdesk refused a {} ticket in queue {}: {}; check the queue of {}", kind.intent, current.queue(),
                    e.getMessage(), PID);
            return SkillResult.failed("helpdesk refused the ticket: " + e.getMessage());
        }
    }

    /** What staff need to act: the request, the order's facts and items; no contact data, which the host has. */
    private static String description(Kind kind, Order order) {
        String items = order.lines().isEmpty() ? "(the host lists no items)"
                : order.lines().stream().map(l -> l.quantity() + " x " + (l.title() == null ? l.sku() : l.title() + " (" + l.sku() + ")"))
                        .collect(Collectors.joining(", "));
        return "The customer asked the chat assistant for " + kind.request + ".\n"
                + "Order " + order.number() + ", placed " + order.placedAt() + ", status " + order.status() + ", total "
                + Formats.money(order.total(), order.currency()) + ".\n"
                + "Items: " + items + ".\n"
                + "Please review the order and contact the customer.";
    }

    /** Which request the ticket is for, named after its intent. */
    enum Kind {
        REFUND("refund_request", "Refund request", "refund", "a refund"),
        RETURN("return_item", "Return request", "return", "a return"),
        DAMAGED("damaged_item", "Damaged item", "damaged item report", "help with a damaged item"),
        WRONG("wrong_item", "Wrong item received", "wrong item report", "help with a wrong item");

        final String intent;
        final String subject;
        final String noun;
        final String request;

        Kind(String intent, String subject, String noun, String request) {
            this.intent = intent;
            this.subject = subject;
            this.noun = noun;
            this.request = request;
        }

        static Optional<Kind> ofIntent(String intent) {
            return Turns.byIntent(values(), e -> e.intent, intent);
        }
    }
}
