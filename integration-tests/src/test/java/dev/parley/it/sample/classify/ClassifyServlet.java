package dev.parley.it.sample.classify;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.IntentPrediction;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A client of the {@link IntentClassifier} service as skills will be: {@code GET /it/classify?text=}
 * answers {@code intent=<intent>;version=<model version>}, or 500 with the failure.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/classify")
public class ClassifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient IntentClassifier classifier;

    @Activate
    public ClassifyServlet(@Reference IntentClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            IntentPrediction prediction = classifier.classify(request.getParameter("text"));
            response.getWriter().print("intent=" + prediction.intent() + ";version=" + prediction.modelVersion());
        } catch (RuntimeException e) {
            response.setStatus(500);
            response.getWriter().print(e.toString());
        }
    }
}
