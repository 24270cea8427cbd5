package dev.parley.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parley.api.host.Order;
import dev.parley.api.host.OrderLine;
import dev.parley.api.host.OrderStatus;

class OrderPurchasesTest {

    private static final Instant PLACED = Instant.parse("2026-08-01T10:00:00Z");

    private static Order order(String number, String customer, OrderStatus status, String... skus) {
        List<OrderLine> lines = new ArrayList<>();
        for (String sku : skus) {
            lines.add(new OrderLine(sku, "Title " + sku, 1, BigDecimal.TEN));
        }
        return new Order(number, customer, status, PLACED, lines, BigDecimal.TEN, "EUR", null, null, null, null);
    }

    @Test
    void eachLineOfAnOrderWithACustomerIsAPurchaseInThatBasket() {
        List<Purchase> purchases = new ArrayList<>();

        OrderPurchases.into(purchases::add).accept(order("100", "C-1", OrderStatus.DELIVERED, "BOOT", "SOCK"));

        assertThat(purchases).containsExactly(new Purchase("C-1", "100", "BOOT", "Title BOOT", PLACED),
                new Purchase("C-1", "100", "SOCK", "Title SOCK", PLACED));
    }

    @Test
    void cancelledAndAnonymousOrdersAreLeftOutReturnedOnesKept() {
        List<Purchase> purchases = new ArrayList<>();

        OrderPurchases.into(purchases::add).accept(order("101", "C-1", OrderStatus.CANCELLED, "TENT"));
        OrderPurchases.into(purchases::add).accept(order("102", null, OrderStatus.DELIVERED, "TENT"));
        OrderPurchases.into(purchases::add).accept(order("103", "C-1", OrderStatus.RETURNED, "LAMP"));

        assertThat(purchases).extracting(Purchase::itemId).containsExactly("LAMP");
    }
}
