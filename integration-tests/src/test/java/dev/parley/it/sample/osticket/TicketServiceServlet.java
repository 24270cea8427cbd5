package dev.parley.it.sample.osticket;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.api.Priority;
import dev.parley.api.host.Ticket;
import dev.parley.api.host.TicketRequest;
import dev.parley.api.host.TicketService;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Calls the osTicket adapter's ticket service as the assistant does: {@code POST /it/osticket}
 * with {@code {"requestId", "queue", "customerId"}} opens a ticket and answers {@code {"id", "url"}};
 * {@code GET /it/osticket/<number>} answers {@code {"id", "queue"}} or 404.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN
        + "=/it/osticket/*")
public class TicketServiceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient TicketService tickets;

    @Activate
    public TicketServiceServlet(@Reference(target = "(service.description=osTicket*)") TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject body = JsonParser.parseString(new String(request.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject json = new JsonObject();
        try {
            Ticket ticket = tickets.create(new TicketRequest(body.get("requestId").getAsString(), "Probe ticket",
                    "Opened by the integration test", body.get("queue").getAsString(), Priority.NORMAL,
                    body.get("customerId").getAsString(), null, null, null));
            json.addProperty("id", ticket.id());
            json.addProperty("url", ticket.url());
        } catch (RuntimeException e) {
            response.setStatus(502);
            json.addProperty("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().print(json);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = String.valueOf(request.getPathInfo()).replaceFirst("^/", "");
        response.setContentType("application/json;charset=UTF-8");
        tickets.find(number).ifPresentOrElse(ticket -> {
            JsonObject json = new JsonObject();
            json.addProperty("id", ticket.id());
            json.addProperty("queue", ticket.queue());
            try {
                response.getWriter().print(json);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, () -> response.setStatus(404));
    }
}
