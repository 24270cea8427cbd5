package dev.parley.nlp.intent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import dev.parley.nlp.model.ModelSource;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * OpenNLP's document categorizer (maxent GIS, L-BFGS or naive Bayes). Its categorizers are not
 * thread-safe, so they are pooled over the one shared model.
 */
final class OpenNlpCategorizer implements Categorizer {

    static final String FORMAT = "opennlp";
    private static final String MODEL_FILE = "/model.bin";
    private static final int POOL_SIZE = 16;

    private final DoccatModel doccat;
    private final String[] labels;
    private final BlockingQueue<DocumentCategorizerME> categorizers = new ArrayBlockingQueue<>(POOL_SIZE);

    OpenNlpCategorizer(DoccatModel doccat) {
        this.doccat = doccat;
        DocumentCategorizerME categorizer = new DocumentCategorizerME(doccat);
        this.labels = new String[categorizer.getNumberOfCategories()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = categorizer.getCategory(i);
        }
        categorizers.offer(categorizer);
    }

    static OpenNlpCategorizer read(ModelSource source, String folder) throws IOException {
        try (InputStream in = source.open(folder + MODEL_FILE)) {
            return new OpenNlpCategorizer(new DoccatModel(in));
        }
    }

    @Override
    public String[] labels() {
        return labels.clone();
    }

    @Override
    public double[] probabilities(String[] tokens) {
        DocumentCategorizerME categorizer = categorizers.poll();
        if (categorizer == null) {
            categorizer = new DocumentCategorizerME(doccat);
        }
        try {
            return categorizer.categorize(tokens);
        } finally {
            categorizers.offer(categorizer);
        }
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Map<String, byte[]> files(String folder) throws IOException {
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        doccat.serialize(model);
        return Map.of(folder + MODEL_FILE, model.toByteArray());
    }
}
