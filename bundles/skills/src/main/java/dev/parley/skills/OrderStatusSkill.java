package dev.parley.skills;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.skills.support.Formats;
import dev.parley.skills.support.OrderLookup;
import dev.parley.skills.support.Replies;
import dev.parley.skills.support.SkillService;

/** Tells where one of the customer's orders is. */
@Component(service = Skill.class)
@SkillService(name = OrderStatusSkill.NAME, intents = "order_status")
public final class OrderStatusSkill extends HostSkill {

    static final String NAME = "order-status";

    private final OrderService orders;
    private final OrderLookup lookup = new OrderLookup(NAME);

    @Activate
    public OrderStatusSkill(@Reference(policyOption = ReferencePolicyOption.GREEDY) OrderService orders) {
        super(NAME);
        this.orders = orders;
    }


    @Override
    SkillResult turn(SkillContext context) {
        return lookup.resolve(context, orders, Map.of())
                .then(found -> status(found.order()).withSlotUpdates(found.slotUpdates()));
    }

    private static SkillResult status(Order order) {
        String head = "Order " + order.number() + " (placed " + Formats.day(order.placedAt()) + ") ";
        String arrival = order.estimatedDelivery() == null ? ""
                : " It should arrive by " + Formats.weekday(order.estimatedDelivery()) + ".";
        return switch (order.status()) {
            case PENDING -> SkillResult.answer(head + "is waiting for your payment. We'll prepare it as soon as the payment arrives.",
                    "Cancel this order", Replies.TALK_TO_PERSON);
            case PAID -> SkillResult.answer(head + "is paid and will be packed soon." + arrival,
                    "Cancel this order", "Change the delivery address");
            case PROCESSING -> SkillResult.answer(head + "is being packed right now." + arrival,
                    "Cancel this order", "Change the delivery address");
            case SHIPPED -> SkillResult.answer(head + "has shipped" + (order.carrier() == null ? "" : " with " + order.carrier())
                    + "." + arrival, "Track my parcel", Replies.TALK_TO_PERSON);
            case DELIVERED -> SkillResult.answer(head + "has been delivered.",
                    "Return an item", "Report a damaged item");
            case CANCELLED -> SkillResult.answer(head + "was cancelled.", "Where is my refund?", Replies.TALK_TO_PERSON);
            case RETURNED -> SkillResult.answer(head + "came back to us; the refund is on its way.",
                    "Where is my refund?", Replies.TALK_TO_PERSON);
            case REFUNDED -> SkillResult.answer(head + "has been refunded.", Replies.TALK_TO_PERSON);
        };
    }
}
