package dev.parley.nlp.text;

import java.text.Normalizer;

/**
 * Makes customer text safe and uniform before any model sees it: Unicode NFKC, control
 * characters removed, whitespace collapsed, and a length cap so that a 100 KB paste costs no more
 * than a long message.
 */
public final class TextNormalizer {

    /** Longer input is cut: no customer message needs more to be understood. */
    public static final int MAX_CHARS = 4000;

    private TextNormalizer() {
    }

    /** The text cleaned for analysis; never null, empty for null or blank input. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String capped = text.length() > MAX_CHARS * 2 ? text.substring(0, MAX_CHARS * 2) : text;
        String normalized = Normalizer.normalize(capped, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normalized.length());
        boolean space = false;
        for (int i = 0; i < normalized.length() && out.length() < MAX_CHARS; i++) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
