package dev.parley.skills;

import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.RecordNotFoundException;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.skills.support.Confirmation;
import dev.parley.skills.support.Formats;
import dev.parley.skills.support.IdentityGate;
import dev.parley.skills.support.OrderLookup;
import dev.parley.skills.support.Replies;
import dev.parley.skills.support.SkillService;
import dev.parley.skills.support.Turns;
import dev.parley.skills.support.YesNo;

/**
 * Cancels an order that has not shipped yet, after the customer confirms. A shipped order is not
 * cancelled: the customer is offered a return instead.
 */
@Component(service = Skill.class)
@SkillService(name = CancelOrderSkill.NAME, intents = "cancel_order")
public final class CancelOrderSkill extends HostSkill {

    static final String NAME = "cancel-order";
    static final String REASON = "cancelled by the customer in the chat assistant";

    private static final Logger LOG = LoggerFactory.getLogger(CancelOrderSkill.class);

    private final OrderService orders;
    private final IdentityGate identity = new IdentityGate(NAME);
    private final OrderLookup lookup = new OrderLookup(NAME);
    private final Confirmation confirmation = new Confirmation(NAME);

    @Activate
    public CancelOrderSkill(@Reference(policyOption = ReferencePolicyOption.GREEDY) OrderService orders) {
        super(NAME);
        this.orders = orders;
    }


    @Override
    SkillResult turn(SkillContext context) {
        Optional<SkillResult> unverified = identity.check(context, Map.of());
        if (unverified.isPresent()) {
            return unverified.get();
        }
        Optional<String> pending = confirmation.pending(context);
        Optional<String> named = Turns.entity(context, EntityTypes.ORDER_NUMBER);
        if (pending.isPresent() && (named.isEmpty() || named.get().equals(pending.get()))) {
            return answered(context, pending.get());
        }
        return lookup.resolve(context, orders, Map.of()).then(found -> offer(context, found));
    }

    private SkillResult offer(SkillContext context, OrderLookup.Found found) {
        Order order = found.order();
        String number = order.number();
        return switch (order.status()) {
            case SHIPPED, DELIVERED -> refuseShipped(context, number);
            case CANCELLED -> done(context, SkillResult.answer("Order " + number + " is already cancelled.",
                    "Where is my refund?", Replies.TALK_TO_PERSON));
            case RETURNED, REFUNDED -> done(context, SkillResult.answer("Order " + number
                    + " has already come back to us, so there is nothing to cancel.", "Where is my refund?", Replies.TALK_TO_PERSON));
            case PENDING, PAID, PROCESSING -> confirmation.ask(number, "Cancel order " + number + " from "
                    + Formats.day(order.placedAt()) + " (" + Formats.money(order.total(), order.currency())
                    + ")? This can't be undone.", found.slotUpdates());
        };
    }

    private SkillResult answered(SkillContext context, String number) {
        return switch (YesNo.read(context)) {
            case YES -> cancel(context, number);
            case NO -> done(context, SkillResult.answer("OK, I won't cancel it. Order " + number + " stays as it is.",
                    "Order status", "Something else"));
            case UNCLEAR -> confirmation.askAgainOrDrop(context, "Shall I cancel order " + number + "?",
                    "I'll leave order " + number + " as it is.", "Cancel my order", "Something else");
        };
    }

    private SkillResult cancel(SkillContext context, String number) {
        try {
            Order cancelled = orders.cancel(number, REASON);
            LOG.info("Order cancelled by the chat assistant in conversation {}", context.conversationId());
            LOG.debug("Cancelled order {}, now {}", number, cancelled.status());
            return Replies.completed("Done: order " + number + " is cancelled. If you have already paid, the money goes back "
                    + "to your original payment method.", Turns.clearPrivate(context, NAME, Map.of()),
                    "Order status", "Something else");
        } catch (ChangeRejectedException e) {
            LOG.info("The host refused to cancel an order: {}", e.getMessage());
            return done(context, SkillResult.answer("The shop couldn't cancel order " + number
                    + ": it may just have been handed to the carrier. You can return it once it arrives, and we'll refund you.",
                    "Start a return", Replies.TALK_TO_PERSON));
        } catch (RecordNotFoundException e) {
            return done(context, SkillResult.answer("I couldn't find order " + number + " for your account any more.",
                    Replies.TALK_TO_PERSON));
        }
    }

    private SkillResult refuseShipped(SkillContext context, String number) {
        return done(context, SkillResult.answer("Order " + number + " has already shipped, so it can't be cancelled any more. "
                + "You can return it once it arrives, and we'll refund you.", "Start a return", Replies.TALK_TO_PERSON));
    }

}
