package dev.parley.nlp.model;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Where a model's files are read from: a model bundle in the container, a model jar on disk for
 * the CLI, or memory in tests.
 */
@FunctionalInterface
public interface ModelSource {

    /**
     * Opens one file of the model, e.g. {@code intent/model.bin}.
     *
     * @throws FileNotFoundException if the model has no such file
     */
    InputStream open(String path) throws IOException;

    /** A model whose files are in memory, by path: one read from a jar, or one being packaged. */
    static ModelSource of(Map<String, byte[]> files) {
        return path -> {
            byte[] file = files.get(path);
            if (file == null) {
                throw new FileNotFoundException("the model bundle has no " + path);
            }
            return new ByteArrayInputStream(file);
        };
    }
}
