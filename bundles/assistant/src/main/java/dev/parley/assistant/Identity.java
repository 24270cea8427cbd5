package dev.parley.assistant;

import dev.parley.api.host.Customer;
import java.util.Optional;

/**
 * Who the sender is for this turn.
 *
 * @param customer the host-given customer, or for an anonymous sender the customer proven in this
 *     conversation; empty when neither
 * @param verified whether the sender proved to be {@code customer}
 * @param verifiedCustomerId what the conversation remembers as proven, or {@code null}
 */
record Identity(Optional<Customer> customer, boolean verified, String verifiedCustomerId) {

    static Identity unknown(String verifiedCustomerId) {
        return new Identity(Optional.empty(), false, verifiedCustomerId);
    }

    /** The customer's id, or {@code null}. */
    String customerId() {
        return customer.map(Customer::id).orElse(null);
    }
}
