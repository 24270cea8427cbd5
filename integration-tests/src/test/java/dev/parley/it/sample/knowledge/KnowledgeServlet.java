package dev.parley.it.sample.knowledge;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import dev.parley.api.knowledge.KnowledgeArticle;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.knowledge.KnowledgeHit;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A client of the {@link KnowledgeBase} service as the assistant will be:
 * {@code GET /it/kb/search?q=} answers one line per hit, {@code <article id>|<score>|<title>};
 * {@code GET /it/kb/article?id=} answers the title, a blank line and the Markdown body, or 404.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/kb/*")
public class KnowledgeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient KnowledgeBase knowledgeBase;

    @Activate
    public KnowledgeServlet(@Reference KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try {
            if ("/article".equals(request.getPathInfo())) {
                KnowledgeArticle article = knowledgeBase.article(request.getParameter("id")).orElse(null);
                if (article == null) {
                    response.setStatus(404);
                    return;
                }
                out.print(article.title() + "\n\n" + article.body());
                return;
            }
            for (KnowledgeHit hit : knowledgeBase.search(request.getParameter("q"), 3)) {
                out.print(String.format(Locale.ROOT, "%s|%.3f|%s%n", hit.articleId(), hit.score(), hit.title()));
            }
        } catch (RuntimeException e) {
            response.setStatus(500);
            out.print(e.toString());
        }
    }
}
