package dev.parley.nlp.sentiment;

import java.util.List;

/**
 * A message split into {@link Token}s, with the message-wide cues the rules need.
 *
 * @param tokens the tokens in message order; unmodifiable
 * @param exclamationMarks how many '!' the message has
 * @param questionMarks how many '?' the message has
 * @param capsDifferential whether some but not all tokens are in ALL CAPS: only then is a word in
 *     capitals emphasis rather than the writer's habit
 */
record TokenizedText(
        List<Token> tokens,
        int exclamationMarks,
        int questionMarks,
        boolean capsDifferential) {

    TokenizedText {
        tokens = List.copyOf(tokens);
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    /**
     * The index of the first contrastive "but", or -1. A "but" that means "except" or "only"
     * ("nothing but", "can't help but") is no contrast.
     */
    int contrastIndex() {
        for (int i = 0; i < tokens.size(); i++) {
            if (key(i).equals("but")
                    && !VaderVocabulary.NON_CONTRASTIVE_BUT_PREDECESSORS.contains(key(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** The key of the token at {@code index}, or "" outside the text: simplifies n-gram checks. */
    String key(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index).key() : "";
    }
}
