package dev.parley.it.sample.handoff;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffRequest;
import dev.parley.api.handoff.HandoffRouter;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A client of the {@link HandoffRouter} service as the assistant will be:
 * {@code GET /it/handoff?trigger=&intent=&text=&tier=&emotion=&score=&at=} (all optional; trigger
 * defaults to CUSTOMER_REQUEST, at to now) answers
 * {@code queue=..;priority=..;within=..;by=..;reason=..}, or 400 with what is wrong.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/handoff")
public class HandoffServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient HandoffRouter router;

    @Activate
    public HandoffServlet(@Reference HandoffRouter router) {
        this.router = router;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        HandoffRequest handoffRequest;
        try {
            handoffRequest = new HandoffRequest("it-conversation", trigger(request.getParameter("trigger")),
                    request.getParameter("intent"), sentiment(request), request.getParameter("tier"), null,
                    request.getParameter("text"), at(request.getParameter("at")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.setStatus(400);
            response.getWriter().print(e.getMessage());
            return;
        }
        Handoff handoff = router.route(handoffRequest);
        response.getWriter().print("queue=" + handoff.queue() + ";priority=" + handoff.priority() + ";within="
                + handoff.withinBusinessHours() + ";by=" + handoff.expectedResponseBy() + ";reason="
                + handoff.reason());
    }

    private static HandoffTrigger trigger(String name) {
        return name == null ? HandoffTrigger.CUSTOMER_REQUEST : HandoffTrigger.valueOf(name);
    }

    private static Instant at(String text) {
        return text == null ? Instant.now() : Instant.parse(text);
    }

    private static Sentiment sentiment(HttpServletRequest request) {
        String score = request.getParameter("score");
        if (score == null) {
            return null;
        }
        double value = Double.parseDouble(score);
        String emotion = request.getParameter("emotion");
        SentimentLabel label = value < 0 ? SentimentLabel.NEGATIVE : value > 0 ? SentimentLabel.POSITIVE
                : SentimentLabel.NEUTRAL;
        return new Sentiment(value, label, emotion == null ? Emotion.NEUTRAL : Emotion.valueOf(emotion), 0.9, "it");
    }
}
