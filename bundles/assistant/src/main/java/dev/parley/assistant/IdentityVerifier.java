package dev.parley.assistant;

import dev.parley.api.conversation.CustomerRef;
import dev.parley.api.host.Customer;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.Slots;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides at every turn who the sender is and whether they proved it (the contract's privacy
 * rule). A host-given customer is verified by a message containing their e-mail address, phone
 * number or the number of one of their orders. An anonymous sender is verified as the customer
 * who owns both an e-mail address (or phone) and an order number given in the conversation.
 * Host failures make the sender unverified for this turn, never an error.
 */
final class IdentityVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityVerifier.class);

    Identity verify(CustomerRef sender, String verifiedBefore, Map<String, String> slots, List<Entity> entities,
            Services services) {
        CustomerDirectory directory = services.customers();
        if (directory == null) {
            return Identity.unknown(verifiedBefore);
        }
        if (sender.customerId() != null) {
            return hostGiven(sender.customerId(), verifiedBefore, entities, services);
        }
        if (verifiedBefore != null) {
            Optional<Customer> proven = lookup(() -> directory.findById(verifiedBefore));
            return new Identity(proven, proven.isPresent(), verifiedBefore);
        }
        return anonymous(slots, entities, services);
    }

    private Identity hostGiven(String customerId, String verifiedBefore, List<Entity> entities, Services services) {
        Optional<Customer> customer = lookup(() -> services.customers().findById(customerId));
        if (customer.isEmpty()) {
            return Identity.unknown(verifiedBefore);
        }
        if (customerId.equals(verifiedBefore) || provesHostGiven(customer.get(), entities, services)) {
            return new Identity(customer, true, customerId);
        }
        return new Identity(customer, false, verifiedBefore);
    }

    private boolean provesHostGiven(Customer customer, List<Entity> entities, Services services) {
        for (Entity entity : entities) {
            boolean proves = switch (entity.type()) {
                case EntityTypes.EMAIL -> sameEmail(customer.email(), entity.value());
                case EntityTypes.PHONE -> samePhone(customer.phone(), entity.value());
                case EntityTypes.ORDER_NUMBER -> ownsOrder(customer.id(), entity.value(), services);
                default -> false;
            };
            if (proves) {
                return true;
            }
        }
        return false;
    }

    private Identity anonymous(Map<String, String> slots, List<Entity> entities, Services services) {
        // Only a message that brings a new piece of evidence is worth asking the host again.
        if (!SlotFiller.carriesSlotValue(entities) || services.orders() == null) {
            return Identity.unknown(null);
        }
        Set<String> orderNumbers = values(entities, EntityTypes.ORDER_NUMBER, slots.get(Slots.ORDER_NUMBER));
        if (orderNumbers.isEmpty()) {
            return Identity.unknown(null);
        }
        for (String email : values(entities, EntityTypes.EMAIL, slots.get(Slots.EMAIL))) {
            Optional<Customer> match = matchOrders(lookup(() -> services.customers().findByEmail(email)),
                    orderNumbers, services);
            if (match.isPresent()) {
                return new Identity(match, true, match.get().id());
            }
        }
        for (String phone : values(entities, EntityTypes.PHONE, slots.get(Slots.PHONE))) {
            Optional<Customer> match = matchOrders(lookup(() -> services.customers().findByPhone(phone)),
                    orderNumbers, services);
            if (match.isPresent()) {
                return new Identity(match, true, match.get().id());
            }
        }
        LOG.debug("Anonymous sender not verified: no customer owns the given contact and order");
        return Identity.unknown(null);
    }

    private Optional<Customer> matchOrders(Optional<Customer> candidate, Set<String> orderNumbers,
            Services services) {
        return candidate.filter(c -> orderNumbers.stream().anyMatch(n -> ownsOrder(c.id(), n, services)));
    }

    private boolean ownsOrder(String customerId, String orderNumber, Services services) {
        OrderService orders = services.orders();
        if (orders == null) {
            return false;
        }
        Optional<Order> order = lookup(() -> orders.findOrder(orderNumber));
        return order.map(o -> customerId.equals(o.customerId())).orElse(false);
    }

    /** This message's values of a type first, then the slot's. */
    private static Set<String> values(List<Entity> entities, String type, String slotValue) {
        Set<String> values = new LinkedHashSet<>();
        entities.stream().filter(e -> e.type().equals(type)).forEach(e -> values.add(e.value()));
        if (slotValue != null && !slotValue.isBlank()) {
            values.add(slotValue);
        }
        return values;
    }

    private static boolean sameEmail(String known, String given) {
        return known != null && known.strip().equalsIgnoreCase(given.strip());
    }

    private static boolean samePhone(String known, String given) {
        if (known == null) {
            return false;
        }
        String stored = digits(known);
        String typed = digits(given);
        // A number typed without country code ("030 123456") matches the national part of the stored one.
        String national = typed.replaceFirst("^0+", "");
        return stored.equals(typed) || national.length() >= 6 && stored.endsWith(national);
    }

    private static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    private static <T> Optional<T> lookup(Supplier<Optional<T>> call) {
        try {
            return Objects.requireNonNullElse(call.get(), Optional.empty());
        } catch (RuntimeException e) {
            LOG.warn("Customer or order lookup failed; the sender stays unverified this turn: {}", e.toString());
            return Optional.empty();
        }
    }
}
