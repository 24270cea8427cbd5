package dev.parley.nlp.sentiment;

import dev.parley.api.nlp.Emotion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Words and phrases that signal an {@link Emotion}, read from a tab-separated UTF-8 file:
 *
 * <pre>
 * # a comment; blank lines are skipped
 * phrase&lt;TAB&gt;EMOTION[&lt;TAB&gt;weight]
 * furious	ANGER	1.5
 * third time	FRUSTRATION	1.5
 * worried	FEAR
 * </pre>
 *
 * <ul>
 *   <li>{@code phrase}: one or more words separated by spaces, matched case-insensitively against
 *       the words of a message with their surrounding punctuation removed ("rip off" matches
 *       "RIP OFF!!"); an emoji is a word of its own;
 *   <li>{@code EMOTION}: an {@link Emotion} name other than {@link Emotion#NEUTRAL}, in any case;
 *   <li>{@code weight}: optional, how strongly the phrase signals the emotion, a number in
 *       (0, 3]; 1 when absent. One clear word ("furious") is about 1.5, a hint ("still") 0.5.
 * </ul>
 *
 * <p>Parley ships {@link #english()}; a sentiment model bundle may carry its own. Immutable and
 * thread-safe.
 */
public final class EmotionLexicon {

    /** The largest weight an entry may have. */
    public static final double MAX_WEIGHT = 3.0;

    private static final String ENGLISH_RESOURCE = "emotion-lexicon-en.tsv";

    /**
     * What one phrase signals.
     *
     * @param emotion the emotion, never {@link Emotion#NEUTRAL}
     * @param weight how strongly, in (0, 3]
     */
    public record Entry(Emotion emotion, double weight) {
    }

    private final Map<String, Entry> entries;
    private final int longestPhrase;

    private EmotionLexicon(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
        this.longestPhrase = entries.keySet().stream()
                .mapToInt(phrase -> phrase.split(" ").length).max().orElse(0);
    }

    /**
     * Reads a lexicon in the format above; the stream is read to its end but not closed.
     *
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException naming the line, if a line is malformed, names an unknown
     *     emotion or NEUTRAL, has a weight outside (0, 3], repeats an earlier phrase, or the
     *     lexicon has no entry
     */
    public static EmotionLexicon read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Entry> entries = new HashMap<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] columns = content.split("\t");
            if (columns.length < 2 || columns.length > 3) {
                throw malformed(lineNumber, "expected phrase<TAB>EMOTION[<TAB>weight]");
            }
            String phrase = String.join(" ",
                    columns[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
            if (phrase.isEmpty()) {
                throw malformed(lineNumber, "the phrase is empty");
            }
            Entry entry = new Entry(parseEmotion(columns[1], lineNumber),
                    columns.length == 3 ? parseWeight(columns[2], lineNumber) : 1.0);
            if (entries.putIfAbsent(phrase, entry) != null) {
                throw malformed(lineNumber, "\"" + phrase + "\" is listed twice");
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("emotion lexicon has no entry");
        }
        return new EmotionLexicon(entries);
    }

    /**
     * Parley's English customer-service lexicon, the resource {@code emotion-lexicon-en.tsv} next
     * to this class.
     *
     * @throws UncheckedIOException if the resource is missing or unreadable (a broken build)
     */
    public static EmotionLexicon english() {
        try (InputStream in = EmotionLexicon.class.getResourceAsStream(ENGLISH_RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + ENGLISH_RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the English emotion lexicon", e);
        }
    }

    /**
     * What a phrase signals.
     *
     * @param phrase lower-case words separated by single spaces
     */
    public Optional<Entry> lookup(String phrase) {
        return Optional.ofNullable(entries.get(phrase));
    }

    /** All entries by phrase, unmodifiable: for tools that list or check a lexicon. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** The number of words of the longest phrase: how far a matcher has to look ahead. */
    public int longestPhrase() {
        return longestPhrase;
    }

    /** The number of entries. */
    public int size() {
        return entries.size();
    }

    private static Emotion parseEmotion(String text, int lineNumber) {
        Emotion emotion;
        try {
            emotion = Emotion.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw malformed(lineNumber, "unknown emotion \"" + text + "\"");
        }
        if (emotion == Emotion.NEUTRAL) {
            throw malformed(lineNumber, "NEUTRAL is the absence of an emotion, not an entry");
        }
        return emotion;
    }

    private static double parseWeight(String text, int lineNumber) {
        double weight;
        try {
            weight = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw malformed(lineNumber, "weight \"" + text + "\" is not a number");
        }
        if (!(weight > 0 && weight <= MAX_WEIGHT)) {
            throw malformed(lineNumber, "weight " + weight + " is outside (0, 3]");
        }
        return weight;
    }

    private static IllegalArgumentException malformed(int lineNumber, String problem) {
        return new IllegalArgumentException("emotion lexicon line " + lineNumber + ": " + problem);
    }
}
