package dev.parley.api.host;

import java.math.BigDecimal;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One item of an {@link Order}.
 *
 * @param sku the product code (stock-keeping unit); not {@code null}
 * @param title the product's display name, or {@code null} if the host has none (show the sku)
 * @param quantity how many were ordered, {@code >= 1}
 * @param unitPrice the price of one item in the order's currency; not {@code null}
 */
@ProviderType
public record OrderLine(String sku, String title, int quantity, BigDecimal unitPrice) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be >= 1 but was " + quantity);
        }
        Objects.requireNonNull(unitPrice, "unitPrice");
    }
}
