package dev.parley.skills;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.parley.api.host.Address;
import dev.parley.api.host.Customer;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderLine;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.OrderStatus;

/** The demo shop's data: Ada with a shipped and a processing order, and Bob with one of his own. */
final class Shop {

    static final Address ADA_HOME = new Address("1 Analytical Row", null, "SW1A 1AA", "London", null, "GB");
    static final Customer ADA = new Customer("C-1001", "Ada Lovelace", "ada@example.com", "+442079460000", null, ADA_HOME, null);
    static final Customer BOB = new Customer("C-2002", "Bob Babbage", "bob@example.com", null, null, null, null);

    static final Order SHIPPED = new Order("100234", ADA.id(), OrderStatus.SHIPPED, Instant.parse("2026-10-28T09:00:00Z"),
            List.of(new OrderLine("MUG-01", "Engine mug", 2, new BigDecimal("12.50"))), new BigDecimal("25.00"), "EUR",
            ADA_HOME, "1Z999AA10123456784", "DHL", LocalDate.parse("2026-11-06"));
    static final Order PROCESSING = new Order("100235", ADA.id(), OrderStatus.PROCESSING, Instant.parse("2026-11-03T15:30:00Z"),
            List.of(new OrderLine("TSHIRT-BLUE-M", "Blue T-shirt", 1, new BigDecimal("59.90"))), new BigDecimal("59.90"), "EUR",
            ADA_HOME, null, null, null);
    static final Order BOBS = new Order("200001", BOB.id(), OrderStatus.PROCESSING, Instant.parse("2026-11-01T08:00:00Z"),
            List.of(), new BigDecimal("10.00"), "EUR", null, null, null, null);

    private Shop() {
    }

    /** An order service that knows the three orders; cancel and changeShippingAddress are left to each test. */
    static OrderService orders() {
        OrderService orders = mock(OrderService.class);
        lenient().when(orders.findOrder(anyString())).thenReturn(Optional.empty());
        for (Order order : List.of(SHIPPED, PROCESSING, BOBS)) {
            lenient().when(orders.findOrder(order.number())).thenReturn(Optional.of(order));
        }
        lenient().when(orders.ordersOf(anyString(), anyInt())).thenReturn(List.of());
        lenient().when(orders.ordersOf(eq(ADA.id()), anyInt())).thenReturn(List.of(PROCESSING, SHIPPED));
        lenient().when(orders.ordersOf(eq(BOB.id()), anyInt())).thenReturn(List.of(BOBS));
        return orders;
    }
}
