package dev.parley.nlp.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The sentiment valence of words, emoticons, slang and acronyms, in the VADER lexicon format: one
 * entry a line, {@code token<TAB>mean valence<TAB>...}, UTF-8. Only the first two columns are read
 * (VADER's further columns hold the standard deviation and the raw human ratings). Valences lie in
 * [-4, 4], from most negative to most positive.
 *
 * <p>Tokens are matched in lower case. When a token occurs twice, the first entry counts: the
 * lexicon that ships on Maven Central was case-folded, which turned VADER's {@code D:} (horror,
 * -2.9) and {@code d:} (1.2) into two {@code d:} lines, and the first is the common reading. Bytes
 * that are not UTF-8 (that lexicon has two Latin-1 emoticons) become U+FFFD, so such an entry
 * never matches but does not stop the lexicon from loading. Blank lines are skipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class SentimentLexicon {

    /** The valence range of VADER's rating scale. */
    public static final double MAX_ABS_VALENCE = 4.0;

    private final Map<String, Double> valences;

    private SentimentLexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    /**
     * Reads a lexicon; the stream is read to its end but not closed.
     *
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException naming the line, if a line has no valence column, its
     *     valence is not a number in [-4, 4], or the lexicon has no entry at all
     */
    public static SentimentLexicon read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        Map<String, Double> valences = new HashMap<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] columns = entry.split("\t", 3);
            if (columns.length < 2 || columns[0].isEmpty()) {
                throw new IllegalArgumentException("sentiment lexicon line " + lineNumber
                        + ": expected token<TAB>valence");
            }
            valences.putIfAbsent(columns[0].toLowerCase(Locale.ROOT),
                    parseValence(columns[1], lineNumber));
        }
        if (valences.isEmpty()) {
            throw new IllegalArgumentException("sentiment lexicon has no entry");
        }
        return new SentimentLexicon(valences);
    }

    /**
     * Builds a lexicon from a map, e.g. for tests or a lexicon assembled in code.
     *
     * @param valences valence by token; tokens are lower-cased, valences must lie in [-4, 4]
     * @throws IllegalArgumentException if the map is empty or a valence is out of range
     */
    public static SentimentLexicon of(Map<String, Double> valences) {
        Map<String, Double> lowerCased = new HashMap<>();
        valences.forEach((token, valence) -> {
            requireValenceInRange(valence, "token \"" + token + "\"");
            lowerCased.putIfAbsent(token.toLowerCase(Locale.ROOT), valence);
        });
        if (lowerCased.isEmpty()) {
            throw new IllegalArgumentException("sentiment lexicon has no entry");
        }
        return new SentimentLexicon(lowerCased);
    }

    /**
     * The valence of a token.
     *
     * @param token a token in lower case, e.g. {@code "good"} or {@code ":)"}
     * @return its valence in [-4, 4], or empty when the lexicon does not know it
     */
    public OptionalDouble valence(String token) {
        Double valence = valences.get(token);
        return valence == null ? OptionalDouble.empty() : OptionalDouble.of(valence);
    }

    /** Whether the lexicon has an entry for this lower-case token. */
    public boolean contains(String token) {
        return valences.containsKey(token);
    }

    /** The number of entries. */
    public int size() {
        return valences.size();
    }

    private static double parseValence(String text, int lineNumber) {
        double valence;
        try {
            valence = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sentiment lexicon line " + lineNumber
                    + ": valence \"" + text + "\" is not a number", e);
        }
        return requireValenceInRange(valence, "line " + lineNumber);
    }

    private static double requireValenceInRange(double valence, String where) {
        if (!(Math.abs(valence) <= MAX_ABS_VALENCE)) {
            throw new IllegalArgumentException("sentiment lexicon " + where + ": valence "
                    + valence + " is outside [-4, 4]");
        }
        return valence;
    }
}
