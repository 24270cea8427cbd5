package dev.parley.it.sample.nlp;

import java.io.IOException;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A bundle that uses the wrapped OpenNLP bundle the way Parley's NLP bundle will: it trains a
 * document categorizer when activated and classifies {@code GET /it/doccat?text=...}, proving that
 * OpenNLP's trainer and its class lookups work across bundle boundaries.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/doccat")
public class DocumentCategorizerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private transient DoccatModel model;

    @Activate
    void train() throws IOException {
        List<DocumentSample> samples = List.of(
                sample("order", "where is my order"), sample("order", "my order has not arrived"),
                sample("order", "track my order please"), sample("greeting", "hello there"),
                sample("greeting", "hi good morning"), sample("greeting", "hello how are you"));
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 50);
        model = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), parameters,
                new DoccatFactory());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // DocumentCategorizerME is not thread-safe: one per request, the model is shared.
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] outcomes = categorizer.categorize(request.getParameter("text").split(" "));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(categorizer.getBestCategory(outcomes));
    }

    private static DocumentSample sample(String category, String text) {
        return new DocumentSample(category, text.split(" "));
    }
}
