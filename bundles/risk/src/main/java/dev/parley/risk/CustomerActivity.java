package dev.parley.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one customer did: purchases and conversations with the service, in any order.
 *
 * @param customerId the customer
 * @param purchases orders with their amount
 * @param conversations conversations with how they went
 */
public record CustomerActivity(String customerId, List<Purchase> purchases, List<Contact> conversations) {

    public CustomerActivity {
        purchases = List.copyOf(purchases);
        conversations = List.copyOf(conversations);
    }

    /** One order: when, and its total (0 when the host gives none). */
    public record Purchase(Instant at, double amount) {
    }

    /**
     * One conversation.
     *
     * @param at when it started
     * @param handedOff whether a person had to take over
     * @param lowestSentiment the lowest sentiment of the customer's messages, -1..1
     * @param rating the customer's rating 1–5, or {@code null}
     */
    public record Contact(Instant at, boolean handedOff, double lowestSentiment, Integer rating) {
    }

    /** Whether the customer bought or talked to the service in [from, to). */
    public boolean activeBetween(Instant from, Instant to) {
        return purchases.stream().anyMatch(p -> !p.at().isBefore(from) && p.at().isBefore(to))
                || conversations.stream().anyMatch(c -> !c.at().isBefore(from) && c.at().isBefore(to));
    }

    /** Whether the customer bought or talked to the service before {@code time}. */
    public boolean activeBefore(Instant time) {
        return purchases.stream().anyMatch(p -> p.at().isBefore(time))
                || conversations.stream().anyMatch(c -> c.at().isBefore(time));
    }

    /** This activity with more purchases, e.g. the host's orders next to the store's conversations. */
    public CustomerActivity with(List<Purchase> morePurchases) {
        List<Purchase> all = new ArrayList<>(purchases);
        all.addAll(morePurchases);
        return new CustomerActivity(customerId, all, conversations);
    }
}
