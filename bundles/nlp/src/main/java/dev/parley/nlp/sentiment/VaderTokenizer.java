package dev.parley.nlp.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a message into {@link Token}s the way VADER does: on whitespace, keeping emoticons and
 * contractions whole and taking surrounding punctuation off words ("good!!!" is "good", ":)" stays
 * ":)"). Unlike VADER it also strips short words ("no," is "no", so it can negate), records
 * sentence boundaries (so negations and boosters stay in their sentence) and questions, and
 * decides in context whether "like" is a verb and "too" marks excess.
 */
final class VaderTokenizer {

    private static final String SENTENCE_END = ".!?;";

    private final ValenceLookup lookup;

    VaderTokenizer(ValenceLookup lookup) {
        this.lookup = lookup;
    }

    TokenizedText tokenize(String message) {
        String text = TextPreparation.prepare(message);
        String[] chunks = text.isEmpty() ? new String[0] : text.split(" ");
        boolean[] inQuestion = questionChunks(chunks);
        List<Token> tokens = new ArrayList<>(chunks.length);
        int clause = 0;
        for (int i = 0; i < chunks.length; i++) {
            tokens.add(token(chunks[i], clause, inQuestion[i]));
            if (endsSentence(chunks[i])) {
                clause++;
            }
        }
        resolveInContext(tokens);
        int capitalized = (int) tokens.stream().filter(Token::isUpperCase).count();
        boolean capsDifferential = capitalized > 0 && capitalized < tokens.size();
        return new TokenizedText(tokens, count(text, '!'), count(text, '?'), capsDifferential);
    }

    private Token token(String raw, int clause, boolean inQuestion) {
        String stripped = stripPunctuation(raw);
        String rawLower = raw.toLowerCase(Locale.ROOT);
        String text = stripped.isEmpty() || lookup.isLexiconEntry(rawLower) ? raw : stripped;
        ValenceLookup.Resolved resolved = lookup.resolve(text.toLowerCase(Locale.ROOT));
        String word = stripped.isEmpty() ? rawLower : stripped.toLowerCase(Locale.ROOT);
        return new Token(raw, text, resolved.key(), word, resolved.valence(), clause, inQuestion);
    }

    /**
     * "like" keeps its (positive) valence only as a verb; "too" between words ("too late") gets
     * the valence of excess. Both need the neighbouring tokens, hence this second pass.
     */
    private static void resolveInContext(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String previous = i > 0 ? tokens.get(i - 1).key() : "";
            if (token.key().equals("like") && token.hasValence()
                    && !VaderVocabulary.LIKE_VERB_CUES.contains(previous)
                    && !VaderVocabulary.isNegation(previous)) {
                tokens.set(i, token.withValence(Double.NaN));
            } else if (token.key().equals("too") && i < tokens.size() - 1
                    && Character.isLetter(token.raw().codePointBefore(token.raw().length()))) {
                tokens.set(i, token.withValence(VaderVocabulary.EXCESS_VALENCE));
            }
        }
    }

    /**
     * Marks the chunks of every sentence that ends with a question mark; a sentence ends with a
     * chunk ending in {@code . ! ? ;} or with the message.
     */
    private static boolean[] questionChunks(String[] chunks) {
        boolean[] inQuestion = new boolean[chunks.length];
        int start = 0;
        for (int i = 0; i < chunks.length; i++) {
            if (endsSentence(chunks[i]) || i == chunks.length - 1) {
                String end = chunks[i].substring(Math.max(0, chunks[i].length() - 3));
                for (int j = start; j <= i; j++) {
                    inQuestion[j] = end.indexOf('?') >= 0;
                }
                start = i + 1;
            }
        }
        return inQuestion;
    }

    private static boolean endsSentence(String chunk) {
        return SENTENCE_END.indexOf(chunk.charAt(chunk.length() - 1)) >= 0;
    }

    /** Removes ASCII punctuation from both ends, as Python's {@code str.strip(punctuation)}. */
    static String stripPunctuation(String chunk) {
        int start = 0;
        int end = chunk.length();
        while (start < end && isAsciiPunctuation(chunk.charAt(start))) {
            start++;
        }
        while (end > start && isAsciiPunctuation(chunk.charAt(end - 1))) {
            end--;
        }
        return chunk.substring(start, end);
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && (c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`'
                || c >= '{' && c <= '~');
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }
}
