package dev.parley.api.host;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An order as the host knows it.
 *
 * @param number the order number as the host writes it, without a leading {@code #}; not
 *     {@code null}
 * @param customerId the host's id of the customer who placed it, or {@code null} for a guest order
 * @param status where the order is; not {@code null}
 * @param placedAt when the order was placed; not {@code null}
 * @param lines the ordered items; {@code null} is taken as empty (e.g. a host that lists no lines);
 *     the list is an unmodifiable copy
 * @param total the amount charged, taxes and shipping included, in {@code currency}; not
 *     {@code null}
 * @param currency the ISO 4217 code of {@code total} and of every line's unit price, e.g.
 *     {@code "EUR"}; not {@code null}
 * @param shippingAddress where the order goes, or {@code null} (e.g. a digital product)
 * @param trackingNumber the carrier's tracking number, or {@code null} before it ships
 * @param carrier the carrier's name, e.g. {@code "DHL"}, or {@code null} before it ships
 * @param estimatedDelivery the expected delivery day, or {@code null} if the host does not know
 */
@ProviderType
public record Order(
        String number,
        String customerId,
        OrderStatus status,
        Instant placedAt,
        List<OrderLine> lines,
        BigDecimal total,
        String currency,
        Address shippingAddress,
        String trackingNumber,
        String carrier,
        LocalDate estimatedDelivery) {

    public Order {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(placedAt, "placedAt");
        lines = lines == null ? List.of() : List.copyOf(lines);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(currency, "currency");
    }
}
