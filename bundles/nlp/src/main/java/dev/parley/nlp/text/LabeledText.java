package dev.parley.nlp.text;

import java.util.Objects;

/** One training or evaluation example: a label (an intent, a sentiment class or score) and a text. */
public record LabeledText(String label, String text) {

    public LabeledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
