package dev.parley.nlp.model;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

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
}
