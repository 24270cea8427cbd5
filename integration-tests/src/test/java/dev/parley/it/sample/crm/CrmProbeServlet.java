package dev.parley.it.sample.crm;

import java.io.IOException;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import com.google.gson.JsonObject;

import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.TicketService;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shows tests what the host system holds after a conversation, as JSON:
 * {@code GET /it/crm/order/<number>}, {@code /it/crm/customer/<id>}, {@code /it/crm/ticket/<id>};
 * 404 when there is no such record.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/crm/*")
public class CrmProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CustomerDirectory customers;
    private final transient OrderService orders;
    private final transient TicketService tickets;

    @Activate
    public CrmProbeServlet(@Reference CustomerDirectory customers, @Reference OrderService orders,
            @Reference TicketService tickets) {
        this.customers = customers;
        this.orders = orders;
        this.tickets = tickets;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = String.valueOf(request.getPathInfo()).split("/");
        Optional<JsonObject> found = path.length != 3 ? Optional.empty() : switch (path[1]) {
            case "order" -> orders.findOrder(path[2]).map(order -> {
                JsonObject json = new JsonObject();
                json.addProperty("customerId", order.customerId());
                json.addProperty("status", order.status().name());
                json.addProperty("line1", order.shippingAddress() == null ? null : order.shippingAddress().line1());
                json.addProperty("city", order.shippingAddress() == null ? null : order.shippingAddress().city());
                return json;
            });
            case "customer" -> customers.findById(path[2]).map(customer -> {
                JsonObject json = new JsonObject();
                json.addProperty("email", customer.email());
                json.addProperty("phone", customer.phone());
                return json;
            });
            case "ticket" -> tickets.find(path[2]).map(ticket -> {
                JsonObject json = new JsonObject();
                json.addProperty("subject", ticket.subject());
                json.addProperty("queue", ticket.queue());
                json.addProperty("status", ticket.status());
                return json;
            });
            default -> Optional.empty();
        };
        response.setContentType("application/json;charset=UTF-8");
        if (found.isEmpty()) {
            response.setStatus(404);
            response.getWriter().print("{}");
            return;
        }
        response.getWriter().print(found.get());
    }
}
