package dev.parley.recommend;

import java.time.Instant;
import java.util.Objects;

/**
 * One item a customer bought: a line of an order or of a transactions file.
 *
 * @param customerId who bought it; not {@code null}
 * @param basketId the order or invoice it was on, so items of one basket count as bought together;
 *     not {@code null}
 * @param itemId the item, e.g. a SKU or stock code; not {@code null}
 * @param title the item's name as the source wrote it, or {@code null}
 * @param time when it was bought; not {@code null}
 */
public record Purchase(String customerId, String basketId, String itemId, String title, Instant time) {

    public Purchase {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(basketId, "basketId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(time, "time");
    }
}
