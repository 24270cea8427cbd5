package dev.parley.it.sample.store;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import dev.parley.api.host.Address;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.Order;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.ProductCatalog;
import dev.parley.api.host.TicketService;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A client of the host SPIs as skills will be: {@code GET /it/demo/customer?email=} answers
 * {@code id name tier}, then one line per order ({@code number status tracking city});
 * {@code POST /it/demo/address?order=&line1=&city=&country=} changes an order's address and
 * answers the order's city, or 409 with the refusal. Registered only when all four services are.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/demo/*")
public class DemoCrmServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CustomerDirectory customers;
    private final transient OrderService orders;

    @Activate
    public DemoCrmServlet(@Reference CustomerDirectory customers, @Reference OrderService orders,
            @Reference TicketService tickets, @Reference ProductCatalog products) {
        this.customers = customers;
        this.orders = orders;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder body = new StringBuilder();
        customers.findByEmail(request.getParameter("email")).ifPresent(customer -> {
            body.append(customer.id()).append(' ').append(customer.name()).append(' ').append(customer.tier()).append('\n');
            for (Order order : orders.ordersOf(customer.id(), 10)) {
                body.append(order.number()).append(' ').append(order.status()).append(' ').append(order.trackingNumber())
                        .append(' ').append(order.shippingAddress().city()).append('\n');
            }
        });
        response.getWriter().print(body);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            Order order = orders.changeShippingAddress(request.getParameter("order"), new Address(
                    request.getParameter("line1"), null, null, request.getParameter("city"), null, request.getParameter("country")));
            response.getWriter().print(order.shippingAddress().city());
        } catch (RuntimeException e) {
            response.setStatus(409);
            response.getWriter().print(e.getMessage());
        }
    }
}
