package dev.parley.nlp.intent;

import java.io.IOException;
import java.util.Map;

/**
 * The learned part of an intent model: maps a message's feature tokens to a probability per label.
 * Implementations are immutable and thread-safe.
 */
interface Categorizer {

    /** The labels, in the order of {@link #probabilities}. */
    String[] labels();

    /** The probability of every label for a message's feature tokens; sums to 1. */
    double[] probabilities(String[] tokens);

    /** The name stored in the model's settings, so that {@link #read} picks the right format. */
    String format();

    /** The model's files under {@code folder}, by path. */
    Map<String, byte[]> files(String folder) throws IOException;
}
