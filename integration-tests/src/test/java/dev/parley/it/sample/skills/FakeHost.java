package dev.parley.it.sample.skills;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.parley.api.host.Address;
import dev.parley.api.host.ContactUpdate;
import dev.parley.api.host.Customer;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.Ticket;
import dev.parley.api.host.TicketRequest;
import dev.parley.api.host.TicketService;
import dev.parley.api.knowledge.KnowledgeArticle;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.knowledge.KnowledgeHit;

/**
 * An empty host: no customers, orders or articles, and a helpdesk that cannot be reached. Enough
 * for every skill's references to be satisfied in the container.
 */
@Component(service = {CustomerDirectory.class, OrderService.class, TicketService.class, KnowledgeBase.class})
public class FakeHost implements CustomerDirectory, OrderService, TicketService, KnowledgeBase {

    @Override
    public Optional<Customer> findById(String customerId) {
        return Optional.empty();
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return Optional.empty();
    }

    @Override
    public Optional<Customer> findByPhone(String phone) {
        return Optional.empty();
    }

    @Override
    public Customer updateContact(String customerId, ContactUpdate update) {
        throw new HostUnavailableException("fake host: no customers");
    }

    @Override
    public Optional<Order> findOrder(String orderNumber) {
        return Optional.empty();
    }

    @Override
    public List<Order> ordersOf(String customerId, int limit) {
        return List.of();
    }

    @Override
    public Order cancel(String orderNumber, String reason) {
        throw new HostUnavailableException("fake host: no orders");
    }

    @Override
    public Order changeShippingAddress(String orderNumber, Address address) {
        throw new HostUnavailableException("fake host: no orders");
    }

    @Override
    public Ticket create(TicketRequest request) {
        throw new HostUnavailableException("fake host: no helpdesk");
    }

    @Override
    public Optional<Ticket> find(String ticketId) {
        return Optional.empty();
    }

    @Override
    public void addComment(String ticketId, String body, boolean publicReply) {
        throw new HostUnavailableException("fake host: no helpdesk");
    }

    @Override
    public List<KnowledgeHit> search(String query, int limit) {
        return List.of();
    }

    @Override
    public Optional<KnowledgeArticle> article(String id) {
        return Optional.empty();
    }
}
