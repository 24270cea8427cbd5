package dev.parley.nlp.sentiment;

/**
 * One whitespace-separated chunk of a message as the sentiment rules see it.
 *
 * @param raw the chunk as written, punctuation included ("good!!!")
 * @param text the VADER token: {@code raw} without surrounding punctuation, unless {@code raw} is
 *     a lexicon entry itself (the emoticon ":)") or nothing but punctuation; case kept for the
 *     ALL-CAPS rule
 * @param key the lower-case form the rules look up: {@code text} lower-cased, normalized to a
 *     lexicon entry when a fallback found one ("soooo" to "so", "problems" to "problem")
 * @param word {@code raw} lower-cased without any surrounding punctuation, for the emotion lexicon
 * @param valence the valence of {@code key} in [-4, 4], or NaN when it carries no sentiment
 * @param clause the index of the sentence or clause the token belongs to; a token ending in
 *     {@code . ! ? ;} closes one, and negations and boosters do not reach across
 * @param inQuestion whether the token's sentence ends with a question mark
 */
record Token(
        String raw,
        String text,
        String key,
        String word,
        double valence,
        int clause,
        boolean inQuestion) {

    boolean hasValence() {
        return !Double.isNaN(valence);
    }

    Token withValence(double newValence) {
        return new Token(raw, text, key, word, newValence, clause, inQuestion);
    }

    /**
     * Whether the token is in ALL CAPS: it has cased letters and none of them is lower case (as
     * Python's {@code str.isupper()}, which VADER uses: "I" and "OK!" count).
     */
    boolean isUpperCase() {
        boolean cased = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLowerCase(codePoint) || Character.isTitleCase(codePoint)) {
                return false;
            }
            cased |= Character.isUpperCase(codePoint);
            i += Character.charCount(codePoint);
        }
        return cased;
    }

    boolean sameClause(Token other) {
        return clause == other.clause;
    }
}
