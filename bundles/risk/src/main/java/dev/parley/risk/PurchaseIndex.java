package dev.parley.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.api.recommend.PurchaseHistory;

/** The host's orders per customer, read once per training through {@link PurchaseHistory}. */
final class PurchaseIndex {

    private PurchaseIndex() {
    }

    static Map<String, List<CustomerActivity.Purchase>> read(PurchaseHistory history) {
        Map<String, List<CustomerActivity.Purchase>> purchases = new HashMap<>();
        if (history == null) {
            return purchases;
        }
        history.forEachOrder(order -> {
            if (order.customerId() != null) {
                purchases.computeIfAbsent(order.customerId(), key -> new ArrayList<>())
                        .add(new CustomerActivity.Purchase(order.placedAt(), order.total().doubleValue()));
            }
        });
        return purchases;
    }
}
