package dev.parley.assistant;

import dev.parley.api.host.Address;
import dev.parley.api.host.ContactUpdate;
import dev.parley.api.host.Customer;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.OrderStatus;
import dev.parley.api.host.Ticket;
import dev.parley.api.host.TicketRequest;
import dev.parley.api.host.TicketService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A host CRM and helpdesk with the demo data: Ada Lovelace (C-1001) with orders 100234 (shipped)
 * and 100235 (processing, placed 3 November 2026), and Bob (C-2002) with order 200001.
 */
final class FakeHost implements CustomerDirectory, OrderService, TicketService {

    static final Customer ADA = new Customer("C-1001", "Ada Lovelace", "ada@example.com", "+4930123456", "gold",
            null, Instant.parse("2024-01-10T10:00:00Z"));
    static final Customer BOB = new Customer("C-2002", "Bob Builder", "bob@example.com", "+4940999888", null,
            null, Instant.parse("2025-05-01T10:00:00Z"));

    final Map<String, Customer> customers = new LinkedHashMap<>(Map.of(ADA.id(), ADA, BOB.id(), BOB));
    final Map<String, Order> orders = new LinkedHashMap<>();
    /** Ticket requests as received, including retries. */
    final List<TicketRequest> ticketRequests = new ArrayList<>();
    final Map<String, Ticket> ticketsByRequest = new LinkedHashMap<>();
    boolean ticketsDown;
    boolean customersDown;

    FakeHost() {
        orders.put("100234", order("100234", ADA.id(), OrderStatus.SHIPPED, "2026-10-20T09:00:00Z", "1Z999AA10123456784"));
        orders.put("100235", order("100235", ADA.id(), OrderStatus.PROCESSING, "2026-11-03T09:00:00Z", null));
        orders.put("200001", order("200001", BOB.id(), OrderStatus.DELIVERED, "2026-09-01T09:00:00Z", null));
    }

    private static Order order(String number, String customerId, OrderStatus status, String placedAt,
            String tracking) {
        return new Order(number, customerId, status, Instant.parse(placedAt), List.of(), new BigDecimal("49.90"),
                "EUR", new Address("Main St 1", null, "10115", "Berlin", null, "DE"), tracking,
                tracking == null ? null : "UPS", null);
    }

    @Override
    public Optional<Customer> findById(String customerId) {
        checkCustomers();
        return Optional.ofNullable(customers.get(customerId));
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        checkCustomers();
        return customers.values().stream().filter(c -> email.equalsIgnoreCase(c.email())).findFirst();
    }

    @Override
    public Optional<Customer> findByPhone(String phone) {
        checkCustomers();
        return customers.values().stream().filter(c -> phone.equals(c.phone())).findFirst();
    }

    @Override
    public Customer updateContact(String customerId, ContactUpdate update) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Order> findOrder(String orderNumber) {
        return Optional.ofNullable(orders.get(orderNumber));
    }

    @Override
    public List<Order> ordersOf(String customerId, int limit) {
        return orders.values().stream().filter(o -> customerId.equals(o.customerId()))
                .sorted(Comparator.comparing(Order::placedAt).reversed()).limit(limit).toList();
    }

    @Override
    public Order cancel(String orderNumber, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Order changeShippingAddress(String orderNumber, Address address) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized Ticket create(TicketRequest request) {
        ticketRequests.add(request);
        if (ticketsDown) {
            throw new HostUnavailableException("helpdesk timed out after 5 s (test)");
        }
        return ticketsByRequest.computeIfAbsent(request.requestId(), id -> new Ticket(
                "T-" + (ticketsByRequest.size() + 1), request.subject(), request.queue(), "open", Instant.EPOCH, null));
    }

    @Override
    public Optional<Ticket> find(String ticketId) {
        return ticketsByRequest.values().stream().filter(t -> t.id().equals(ticketId)).findFirst();
    }

    @Override
    public void addComment(String ticketId, String body, boolean publicReply) {
    }

    private void checkCustomers() {
        if (customersDown) {
            throw new HostUnavailableException("CRM timed out (test)");
        }
    }
}
