package dev.parley.it.sample.classify;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentAnalyzer;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /it/sentiment?text=} answers {@code label=<label>;emotion=<emotion>;version=<version>}. */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/sentiment")
public class SentimentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient SentimentAnalyzer analyzer;

    @Activate
    public SentimentServlet(@Reference SentimentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sentiment sentiment = analyzer.analyze(request.getParameter("text"));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print("label=" + sentiment.label() + ";emotion=" + sentiment.emotion()
                + ";version=" + sentiment.modelVersion());
    }
}
