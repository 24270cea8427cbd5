package dev.parley.knowledge;

import java.util.Objects;

/**
 * A piece of an article that can answer a question on its own: the text of one section or a
 * part of a long one, as plain text.
 *
 * @param heading the heading of the section it is in, or empty before the first heading
 * @param text the plain text, never blank
 */
record Passage(String heading, String text) {

    Passage {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }
}
