package dev.parley.skills;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.OrderStatus;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.skills.support.Formats;
import dev.parley.skills.support.OrderLookup;
import dev.parley.skills.support.Replies;
import dev.parley.skills.support.SkillService;

/** Tells carrier, tracking number and expected delivery of a shipped order, or when it will ship. */
@Component(service = Skill.class, configurationPid = TrackingSkill.PID)
@Designate(ocd = TrackingSkill.Config.class)
@SkillService(name = TrackingSkill.NAME, intents = "track_order")
public final class TrackingSkill extends HostSkill {

    static final String NAME = "tracking";
    static final String PID = "dev.parley.skills.tracking";

    @ObjectClassDefinition(name = "Parley skill: tracking",
            description = "Answers 'where is my parcel' with carrier, tracking number and expected delivery.")
    public @interface Config {
        @AttributeDefinition(name = "Dispatch days", min = "0", max = "60",
                description = "Working days (Monday to Friday) from order to dispatch, used to tell when an order that has not shipped yet is expected to ship.")
        int dispatchDays() default 2;
    }

    private final OrderService orders;
    private final Clock clock;
    private final int dispatchDays;
    private final OrderLookup lookup = new OrderLookup(NAME);

    @Activate
    public TrackingSkill(@Reference(policyOption = ReferencePolicyOption.GREEDY) OrderService orders, Config config) {
        this(orders, config, Clock.systemUTC());
    }

    TrackingSkill(OrderService orders, Config config, Clock clock) {
        super(NAME);
        this.orders = orders;
        this.clock = clock;
        this.dispatchDays = config.dispatchDays();
    }


    @Override
    SkillResult turn(SkillContext context) {
        return lookup.resolve(context, orders, Map.of())
                .then(found -> tracking(found.order()).withSlotUpdates(found.slotUpdates()));
    }

    private SkillResult tracking(Order order) {
        String number = order.number();
        return switch (order.status()) {
            case PENDING, PAID, PROCESSING -> notYetShipped(order);
            case SHIPPED, DELIVERED -> shipped(order);
            case CANCELLED -> SkillResult.answer("Order " + number + " was cancelled, so there is no parcel to track.",
                    "Where is my refund?", Replies.TALK_TO_PERSON);
            case RETURNED, REFUNDED -> SkillResult.answer("Order " + number + " has come back to us, so there is no parcel on its way.",
                    "Where is my refund?", Replies.TALK_TO_PERSON);
        };
    }

    private SkillResult shipped(Order order) {
        StringBuilder text = new StringBuilder("Order ").append(order.number())
                .append(order.status() == OrderStatus.DELIVERED ? " has been delivered" : " is on its way");
        if (order.carrier() != null) {
            text.append(" with ").append(order.carrier());
        }
        text.append('.');
        if (order.trackingNumber() != null) {
            text.append(" Tracking number: ").append(order.trackingNumber()).append('.');
        }
        if (order.status() == OrderStatus.SHIPPED && order.estimatedDelivery() != null) {
            text.append(" Expected delivery: ").append(Formats.weekday(order.estimatedDelivery())).append('.');
        }
        if (order.status() == OrderStatus.DELIVERED) {
            return SkillResult.answer(text.toString(), "Return an item", "I didn't receive it", Replies.TALK_TO_PERSON);
        }
        return SkillResult.answer(text.toString(), "Order status", Replies.TALK_TO_PERSON);
    }

    private SkillResult notYetShipped(Order order) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate dispatch = addWorkingDays(order.placedAt().atZone(ZoneOffset.UTC).toLocalDate(), dispatchDays);
        String when = dispatch.isAfter(today) ? "by " + Formats.weekday(dispatch) : "very soon";
        String text = "Order " + order.number() + " hasn't shipped yet, so there is no tracking number. We expect to dispatch it "
                + when + ", and you'll get the tracking number by e-mail then."
                + (order.estimatedDelivery() == null ? "" : " Expected delivery: " + Formats.weekday(order.estimatedDelivery()) + ".");
        return SkillResult.answer(text, "Cancel this order", "Change the delivery address", Replies.TALK_TO_PERSON);
    }

    static LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate date = start;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return date;
    }
}
