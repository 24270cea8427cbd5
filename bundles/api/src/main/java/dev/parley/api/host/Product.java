package dev.parley.api.host;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A product of the host's catalogue with its availability.
 *
 * @param sku the host's product code; not {@code null}
 * @param title the product's name; not {@code null}
 * @param price the unit price, or {@code null} if unknown
 * @param currency the ISO 4217 code of {@code price}, or {@code null}
 * @param inStock how many are available now, {@code >= 0}
 * @param restockDate when more are expected, or {@code null} if unknown
 */
@ProviderType
public record Product(
        String sku,
        String title,
        BigDecimal price,
        String currency,
        int inStock,
        LocalDate restockDate) {

    public Product {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(title, "title");
        if (inStock < 0) {
            throw new IllegalArgumentException("inStock must be >= 0 but was " + inStock);
        }
    }
}
