package dev.parley.it.sample.assistant.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import dev.parley.api.ParleyException;
import dev.parley.api.conversation.Assistant;
import dev.parley.api.conversation.CustomerRef;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.InvalidMessageException;
import dev.parley.api.conversation.Reply;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A client of the {@link Assistant} service as adapters will be:
 * {@code GET /it/assistant?conversation=&message=&text=[&customer=]} answers the reply as
 * {@code key=value} lines; 503 while no assistant is there or it cannot answer now, 400 for an
 * invalid message.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/assistant")
public class AssistantServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Assistant assistant;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        Assistant current = assistant;
        if (current == null) {
            response.setStatus(503);
            response.getWriter().print("no assistant");
            return;
        }
        IncomingMessage message = new IncomingMessage("it", request.getParameter("conversation"),
                request.getParameter("message"), new CustomerRef(request.getParameter("customer"), null, null, null),
                request.getParameter("text"), Instant.now(), null, Map.of());
        try {
            print(current.handle(message), response.getWriter());
        } catch (InvalidMessageException e) {
            response.setStatus(400);
            response.getWriter().print(e.getMessage());
        } catch (ParleyException e) {
            response.setStatus(503);
            response.getWriter().print(e.getMessage());
        }
    }

    private static void print(Reply reply, PrintWriter out) {
        out.println("conversation=" + reply.conversationId());
        out.println("text=" + reply.text().replace('\n', ' '));
        out.println("quickReplies=" + String.join("|", reply.quickReplies()));
        out.println("skill=" + reply.skill());
        out.println("intent=" + (reply.understanding() == null ? null : reply.understanding().intent().intent()));
        out.println("handoff=" + (reply.handoff() == null ? null
                : reply.handoff().queue() + "/" + reply.handoff().trigger() + "/" + reply.handoff().ticketId()));
        out.println("awaitingInput=" + reply.awaitingInput());
    }
}
