package dev.parley.it.sample.classify;

import java.io.IOException;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.ExtractionContext;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /it/entities?text=} answers the entities found, one {@code type=value} per line. */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/entities")
public class EntitiesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient EntityExtractor extractor;

    @Activate
    public EntitiesServlet(@Reference EntityExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(extractor.extract(request.getParameter("text"), ExtractionContext.now()).stream()
                .map(entity -> entity.type() + "=" + entity.value()).collect(Collectors.joining("\n")));
    }
}
