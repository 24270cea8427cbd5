package dev.parley.nlp.sentiment;

import dev.parley.nlp.text.TextNormalizer;
import java.util.Map;

/**
 * Turns a customer message into the text the sentiment rules read: {@link TextNormalizer} first
 * (NFKC, no control characters, collapsed whitespace, length cap), then the few web habits that
 * would hide a lexicon entry: HTML entities ({@code &lt;3} is the heart {@code <3}), typographic
 * apostrophes ({@code don’t} negates like {@code don't}) and emoji glued to words.
 */
final class TextPreparation {

    private static final Map<String, String> NAMED_ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    /** No named or numeric entity we decode is longer than this, "&#x1F600;" included. */
    private static final int MAX_ENTITY_LENGTH = 10;

    private TextPreparation() {
    }

    /** The prepared text: single spaces between chunks, never null, empty for blank input. */
    static String prepare(String text) {
        String cleaned = TextNormalizer.clean(text);
        StringBuilder out = new StringBuilder(cleaned.length() + 16);
        int i = 0;
        while (i < cleaned.length()) {
            int codePoint = cleaned.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (codePoint == '&') {
                int end = entityEnd(cleaned, i);
                String decoded = end > 0 ? decodeEntity(cleaned.substring(i + 1, end)) : null;
                if (decoded != null) {
                    appendPrepared(out, decoded);
                    i = end + 1;
                    continue;
                }
            }
            appendPrepared(out, cleaned.substring(i, next));
            i = next;
        }
        return out.toString().strip();
    }

    /** The index of the ';' closing an entity that starts at {@code ampersand}, or -1. */
    private static int entityEnd(String text, int ampersand) {
        int limit = Math.min(text.length(), ampersand + MAX_ENTITY_LENGTH + 1);
        for (int i = ampersand + 1; i < limit; i++) {
            if (text.charAt(i) == ';') {
                return i;
            }
        }
        return -1;
    }

    private static void appendPrepared(StringBuilder out, String chunk) {
        chunk.codePoints().forEach(codePoint -> appendCodePoint(out, codePoint));
    }

    private static void appendCodePoint(StringBuilder out, int codePoint) {
        if (EmojiValences.isPresentationModifier(codePoint)) {
            return;
        }
        if (codePoint == '\u2019' || codePoint == '\u2018') {
            out.append('\'');
        } else if (EmojiValences.isEmoji(codePoint)) {
            appendSpace(out);
            out.appendCodePoint(codePoint);
            out.append(' ');
        } else if (Character.isWhitespace(codePoint)) {
            appendSpace(out);
        } else {
            out.appendCodePoint(codePoint);
        }
    }

    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** The text of an entity name such as "amp" or "#39", or null when it is not one we decode. */
    private static String decodeEntity(String name) {
        if (name.startsWith("#") && name.length() > 1) {
            try {
                int codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                boolean printable = Character.isValidCodePoint(codePoint)
                        && !Character.isISOControl(codePoint)
                        && Character.getType(codePoint) != Character.SURROGATE;
                return printable ? new String(Character.toChars(codePoint)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED_ENTITIES.get(name);
    }
}
