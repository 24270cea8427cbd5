package dev.parley.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code label<TAB>text} lines (UTF-8, no header), the format of Parley's training,
 * golden and evaluation files. A malformed line is an error that names its line number: a model
 * trained on silently skipped data is worse than no model.
 */
public final class LabeledTextReader {

    private LabeledTextReader() {
    }

    /** Thrown for a line that is not {@code label<TAB>text}; the message names the line. */
    public static final class MalformedLineException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int lineNumber;

        MalformedLineException(String source, int lineNumber, String problem) {
            super(source + " line " + lineNumber + ": " + problem);
            this.lineNumber = lineNumber;
        }

        public int lineNumber() {
            return lineNumber;
        }
    }

    public static List<LabeledText> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public static List<LabeledText> read(InputStream in, String source) throws IOException {
        List<LabeledText> examples = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new MalformedLineException(source, lineNumber, "no tab: write label<TAB>text");
                }
                String label = line.substring(0, tab).strip();
                String text = line.substring(tab + 1).strip();
                if (label.isEmpty()) {
                    throw new MalformedLineException(source, lineNumber, "empty label before the tab");
                }
                if (text.isEmpty()) {
                    throw new MalformedLineException(source, lineNumber, "empty text after the tab");
                }
                examples.add(new LabeledText(label, text));
            }
        } catch (CharacterCodingException e) {
            throw new MalformedLineException(source, lineNumber + 1, "not UTF-8 text");
        }
        return examples;
    }
}
