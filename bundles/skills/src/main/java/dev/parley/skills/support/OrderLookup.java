package dev.parley.skills.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.parley.api.host.Customer;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;

/**
 * Finds the order a turn is about, for the customer of the conversation only. Privacy rule: an
 * order of someone else gets the same answer as a number that does not exist; an anonymous
 * sender is asked for the e-mail address of the order first, which lets the assistant verify
 * them.
 */
public final class OrderLookup {

    static final String PRIVACY_QUESTION =
            "To protect your privacy, please tell me the e-mail address you used for the order.";

    private final String skill;
    private final String privacyKey;

    public OrderLookup(String skill) {
        this.skill = skill;
        this.privacyKey = skill + ".privacyAsked";
    }

    /** The order found, or the reply to give instead. */
    public sealed interface Lookup permits Found, Reply {

        /** The result of {@code next} for a found order, else the reply. */
        SkillResult then(Function<Found, SkillResult> next);
    }

    /** The customer's order; {@code slotUpdates} remember its number for later turns and skills. */
    public record Found(Order order, Map<String, String> slotUpdates) implements Lookup {
        @Override
        public SkillResult then(Function<Found, SkillResult> next) {
            return next.apply(this);
        }
    }

    /** No order yet: ask for it, or say it was not found. */
    public record Reply(SkillResult result) implements Lookup {
        @Override
        public SkillResult then(Function<Found, SkillResult> next) {
            return result;
        }
    }

    /**
     * The order this turn is about.
     *
     * @param orders the host's orders
     * @param keep slot updates to keep with a question (e.g. what the skill was asked to do)
     */
    public Lookup resolve(SkillContext context, OrderService orders, Map<String, String> keep) {
        Optional<String> number = Turns.entityOrSlot(context, EntityTypes.ORDER_NUMBER, Slots.ORDER_NUMBER);
        Optional<Customer> customer = context.customer();
        if (customer.isEmpty()) {
            return anonymous(context, number, keep);
        }
        if (number.isEmpty()) {
            return new Reply(askWhichOrder(customer.get(), orders, keep));
        }
        Optional<Order> order = orders.findOrder(number.get())
                .filter(o -> customer.get().id().equals(o.customerId()));
        if (order.isEmpty()) {
            List<String> choices = new ArrayList<>(recentNumbers(customer.get(), orders));
            choices.add(Replies.TALK_TO_PERSON);
            String text = "I couldn't find order " + number.get() + " for your account. Please check the number: "
                    + "it's in your order confirmation e-mail.";
            return new Reply(new SkillResult(text, choices.subList(0, Math.min(4, choices.size())),
                    Turns.with(keep, Slots.ORDER_NUMBER, ""), dev.parley.api.skill.SkillOutcome.NEEDS_INPUT, null));
        }
        return new Found(order.get(), Map.of(Slots.ORDER_NUMBER, order.get().number(), privacyKey, ""));
    }

    private Lookup anonymous(SkillContext context, Optional<String> number, Map<String, String> keep) {
        if (number.isEmpty()) {
            return new Reply(SkillResult.ask(
                    "Please tell me your order number and the e-mail address you used for the order.",
                    Replies.TALK_TO_PERSON).withSlotUpdates(Turns.with(keep, privacyKey, "1")));
        }
        boolean answered = Turns.hasEntity(context, EntityTypes.EMAIL, EntityTypes.PHONE);
        if (Turns.slot(context, privacyKey).isEmpty() || !answered) {
            return new Reply(SkillResult.ask(PRIVACY_QUESTION, Replies.TALK_TO_PERSON)
                    .withSlotUpdates(Turns.with(keep, privacyKey, "1")));
        }
        // the customer answered, and the assistant could not match the answer to the order's customer
        return new Reply(SkillResult.answer("I couldn't find order " + number.get()
                        + " with that e-mail address. Please check both: they're in your order confirmation e-mail.",
                "Where is my order?", Replies.TALK_TO_PERSON)
                .withSlotUpdates(Turns.clearPrivate(context, skill, Map.of(Slots.ORDER_NUMBER, ""))));
    }

    private static SkillResult askWhichOrder(Customer customer, OrderService orders, Map<String, String> keep) {
        List<Order> recent = orders.ordersOf(customer.id(), 3);
        if (recent.isEmpty()) {
            return SkillResult.ask("What is the order number? I don't see any recent orders on your account.",
                    Replies.TALK_TO_PERSON).withSlotUpdates(keep);
        }
        Order last = recent.get(0);
        String text = "Which order do you mean? Your last one is " + last.number() + " from "
                + Formats.day(last.placedAt()) + ".";
        return SkillResult.ask(text, recent.stream().map(Order::number).toArray(String[]::new)).withSlotUpdates(keep);
    }

    private static List<String> recentNumbers(Customer customer, OrderService orders) {
        return orders.ordersOf(customer.id(), 3).stream().map(Order::number).toList();
    }
}
