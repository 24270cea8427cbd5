package dev.parley.skills;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.RecordNotFoundException;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.skills.support.AddressCollector;
import dev.parley.skills.support.Confirmation;
import dev.parley.skills.support.Formats;
import dev.parley.skills.support.IdentityGate;
import dev.parley.skills.support.OrderLookup;
import dev.parley.skills.support.PartialAddress;
import dev.parley.skills.support.Replies;
import dev.parley.skills.support.SkillService;
import dev.parley.skills.support.Turns;
import dev.parley.skills.support.YesNo;

/**
 * Sends an order that has not shipped yet to a new address: checks the customer's identity,
 * collects the address, confirms, then changes it in the shop.
 */
@Component(service = Skill.class)
@SkillService(name = ChangeShippingAddressSkill.NAME, intents = "change_shipping_address")
public final class ChangeShippingAddressSkill extends HostSkill {

    static final String NAME = "change-shipping-address";

    private static final Logger LOG = LoggerFactory.getLogger(ChangeShippingAddressSkill.class);

    private final OrderService orders;
    private final IdentityGate identity = new IdentityGate(NAME);
    private final OrderLookup lookup = new OrderLookup(NAME);
    private final Confirmation confirmation = new Confirmation(NAME);
    private final AddressCollector addresses = new AddressCollector(NAME);

    @Activate
    public ChangeShippingAddressSkill(@Reference(policyOption = ReferencePolicyOption.GREEDY) OrderService orders) {
        super(NAME);
        this.orders = orders;
    }


    @Override
    SkillResult turn(SkillContext context) {
        Optional<String> pending = confirmation.pending(context);
        Optional<String> named = Turns.entity(context, EntityTypes.ORDER_NUMBER);
        if (pending.isPresent() && context.identityVerified() && (named.isEmpty() || named.get().equals(pending.get()))) {
            return answered(context, pending.get());
        }
        // an address given before the identity check is kept for after it
        PartialAddress soFar = addresses.collect(context, null);
        Map<String, String> keep = soFar.isEmpty() ? Map.of() : addresses.remember(soFar);
        Optional<SkillResult> unverified = identity.check(context, keep);
        if (unverified.isPresent()) {
            return unverified.get();
        }
        return lookup.resolve(context, orders, keep).then(found -> collect(context, found));
    }

    private SkillResult collect(SkillContext context, OrderLookup.Found found) {
        Order order = found.order();
        String number = order.number();
        switch (order.status()) {
            case SHIPPED, DELIVERED:
                return done(context, SkillResult.answer("Order " + number + " has already shipped, so its address can't be changed any more. "
                        + "If the parcel can't be delivered, it comes back to us and we'll refund or resend it.",
                        "Track my parcel", Replies.TALK_TO_PERSON));
            case CANCELLED, RETURNED, REFUNDED:
                return done(context, SkillResult.answer("Order " + number + " is " + order.status().name().toLowerCase(java.util.Locale.ROOT)
                        + ", so there is nothing to send to a new address.", "Order status", Replies.TALK_TO_PERSON));
            default:
                break;
        }
        String currentCountry = order.shippingAddress() == null ? null : order.shippingAddress().countryCode();
        PartialAddress address = addresses.collect(context, currentCountry);
        Optional<Address> complete = address.complete();
        if (complete.isEmpty()) {
            return addresses.ask(address, "for order " + number, found.slotUpdates());
        }
        Map<String, String> updates = new HashMap<>(found.slotUpdates());
        updates.putAll(addresses.remember(address));
        return confirmation.ask(number, "Send order " + number + " to " + Formats.address(complete.get()) + " instead?", updates);
    }

    private SkillResult answered(SkillContext context, String number) {
        return switch (YesNo.read(context)) {
            case YES -> change(context, number);
            case NO -> done(context, SkillResult.answer("OK, order " + number + " keeps its current address.",
                    "Enter another address", "Something else"));
            case UNCLEAR -> confirmation.askAgainOrDrop(context, "Shall I send order " + number + " to the new address?",
                    "I'll leave the address of order " + number + " as it is.", "Change the delivery address", "Something else");
        };
    }

    private SkillResult change(SkillContext context, String number) {
        Optional<Address> address = addresses.stored(context).complete();
        if (address.isEmpty()) {
            return done(context, SkillResult.answer("Sorry, I lost track of the new address. Could you tell me again?",
                    "Change the delivery address", Replies.TALK_TO_PERSON));
        }
        try {
            orders.changeShippingAddress(number, address.get());
            LOG.info("Shipping address of an order changed by the chat assistant in conversation {}", context.conversationId());
            return Replies.completed("Done: order " + number + " will go to " + Formats.address(address.get()) + ".",
                    Turns.clearPrivate(context, NAME, Map.of()), "Order status", "Something else");
        } catch (ChangeRejectedException e) {
            LOG.info("The host refused a new shipping address: {}", e.getMessage());
            return done(context, SkillResult.answer("The shop couldn't send order " + number + " to that address: it may already "
                    + "be on its way, or the address is outside our delivery area.", "Track my parcel", Replies.TALK_TO_PERSON));
        } catch (RecordNotFoundException e) {
            return done(context, SkillResult.answer("I couldn't find order " + number + " for your account any more.",
                    Replies.TALK_TO_PERSON));
        }
    }

}
