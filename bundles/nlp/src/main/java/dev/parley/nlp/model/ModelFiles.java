package dev.parley.nlp.model;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Collectors;

/** Writes the small settings files of model bundles. */
public final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * Properties as a file without the date line {@link Properties#store} adds and in a fixed
     * order, so the same model settings always give the same bytes.
     */
    public static byte[] properties(Properties properties) {
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString().lines().filter(line -> !line.startsWith("#")).sorted()
                .collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.ISO_8859_1);
    }
}
