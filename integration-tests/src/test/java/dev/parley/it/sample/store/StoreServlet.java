package dev.parley.it.sample.store;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import dev.parley.api.store.Author;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.Decision;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StoredMessage;
import dev.parley.api.store.Turn;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A client of the {@link ConversationStore} service as the assistant will be:
 * {@code POST /it/store/open?channel=&external=} answers the conversation id;
 * {@code POST /it/store/turn?id=&message=&text=&slot=} saves a turn with a reply and the slot
 * {@code orderNumber}; {@code GET /it/store/transcript?id=} answers one line per message
 * ({@code sequence author text}), then {@code state owner slots version}.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/store/*")
public class StoreServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient ConversationStore store;

    @Activate
    public StoreServlet(@Reference ConversationStore store) {
        this.store = store;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            switch (request.getPathInfo()) {
                case "/open" -> response.getWriter().print(store.open(request.getParameter("channel"),
                        request.getParameter("external"), request.getParameter("customer"), null).id());
                case "/turn" -> {
                    Conversation conversation = store.find(request.getParameter("id")).orElseThrow();
                    String messageId = request.getParameter("message");
                    Instant now = Instant.now();
                    ConversationState after = new ConversationState(Owner.ASSISTANT,
                            Map.of("orderNumber", request.getParameter("slot")), "order-status", null, 0);
                    Turn turn = new Turn(
                            new StoredMessage(conversation.id(), 0, Author.CUSTOMER, messageId, request.getParameter("text"),
                                    now, List.of(), null),
                            new StoredMessage(conversation.id(), 0, Author.ASSISTANT, messageId + "-reply", "noted", now,
                                    List.of(), new Decision("track_order", 0.9, null, 0, "neutral", null, null, null, null,
                                            null, null, 3)), after);
                    response.getWriter().print(store.saveTurn(conversation, turn).version());
                }
                default -> response.setStatus(404);
            }
        } catch (RuntimeException e) {
            response.setStatus(500);
            response.getWriter().print(e.toString());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String id = request.getParameter("id");
        StringBuilder body = new StringBuilder();
        for (StoredMessage message : store.transcript(id)) {
            body.append(message.sequence()).append(' ').append(message.author()).append(' ').append(message.text()).append('\n');
        }
        store.find(id).ifPresent(c -> body.append("state ").append(c.state().owner()).append(' ')
                .append(c.state().slots()).append(' ').append(c.version()).append('\n'));
        response.getWriter().print(body);
    }
}
