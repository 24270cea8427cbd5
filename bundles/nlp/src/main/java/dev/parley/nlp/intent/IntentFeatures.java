package dev.parley.nlp.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import dev.parley.nlp.text.TextNormalizer;

/**
 * Turns a message into the feature tokens an intent model is trained and queried on: lower-cased
 * words, word bigrams, and character n-grams inside words (which carry typos, plurals and
 * inflections). Numbers become their shape ({@code <num6>}), so "order 100234" and "order 100235"
 * look alike. The settings are stored with the model, because OpenNLP keeps only the class names
 * of its own feature generators; feeding it ready-made tokens keeps a saved model self-contained.
 *
 * @param bigrams whether word bigrams are features
 * @param charMin shortest character n-gram, 0 for none
 * @param charMax longest character n-gram
 */
public record IntentFeatures(boolean bigrams, int charMin, int charMax) {

    public static final IntentFeatures DEFAULT = new IntentFeatures(true, 3, 4);
    /** The only token of a message without words. */
    static final String NO_WORDS = "empty";
    private static final String CHARACTER_PREFIX = "c=";

    public IntentFeatures {
        if (charMin < 0 || (charMin > 0 && charMax < charMin)) {
            throw new IllegalArgumentException("character n-grams need 0 <= charMin <= charMax, got "
                    + charMin + ".." + charMax);
        }
    }

    /** The words of a message: letters and digits, lower case, numbers as their shape. */
    public static List<String> words(String text) {
        String clean = TextNormalizer.clean(text).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (Character.isLetterOrDigit(c) || (c == '\'' && word.length() > 0)) {
                word.append(c);
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    /** The feature tokens of a message; never empty, so every message has a prediction. */
    public String[] tokens(String text) {
        List<String> words = words(text);
        List<String> tokens = new ArrayList<>(words.size() * 8 + 1);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            tokens.add("w=" + word);
            if (bigrams && i > 0) {
                tokens.add("b=" + words.get(i - 1) + "_" + word);
            }
            if (charMin > 0 && !word.startsWith("<num")) {
                addCharacterNgrams("^" + word + "$", tokens);
            }
        }
        if (tokens.isEmpty()) {
            tokens.add(NO_WORDS);
        }
        return tokens.toArray(String[]::new);
    }

    /** Whether a feature token is a character n-gram rather than a word or bigram. */
    static boolean isCharacterNgram(String token) {
        return token.startsWith(CHARACTER_PREFIX);
    }

    /** Whether {@link #tokens} found no word in the message. */
    static boolean hasNoWords(String[] tokens) {
        return tokens.length == 1 && NO_WORDS.equals(tokens[0]);
    }

    private void addCharacterNgrams(String word, List<String> tokens) {
        for (int n = charMin; n <= charMax; n++) {
            for (int start = 0; start + n <= word.length(); start++) {
                tokens.add(CHARACTER_PREFIX + word.substring(start, start + n));
            }
        }
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() == 0) {
            return;
        }
        String text = word.toString();
        words.add(text.chars().allMatch(Character::isDigit) ? "<num" + Math.min(text.length(), 12) + ">" : text);
        word.setLength(0);
    }

    void store(Properties properties) {
        properties.setProperty("features.bigrams", Boolean.toString(bigrams));
        properties.setProperty("features.charMin", Integer.toString(charMin));
        properties.setProperty("features.charMax", Integer.toString(charMax));
    }

    static IntentFeatures load(Properties properties) {
        return new IntentFeatures(Boolean.parseBoolean(properties.getProperty("features.bigrams", "true")),
                Integer.parseInt(properties.getProperty("features.charMin", "0")),
                Integer.parseInt(properties.getProperty("features.charMax", "0")));
    }
}
