package dev.parley.nlp.sentiment;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Valences of common emoji on the lexicon's [-4, 4] scale, used when the lexicon itself has no
 * entry for an emoji (VADER's lexicon has emoticons such as {@code :)} but no emoji). The values
 * follow the lexicon's own emoticons: {@code :)} 2.0, {@code :D} 2.3, {@code :(} -1.9,
 * {@code <3} 1.9, {@code </3} -3.0.
 *
 * <p>Keys are single code points: the tokenizer drops variation selectors and skin-tone modifiers
 * and splits every emoji into its own token, so "great👍" scores like "great 👍".
 */
final class EmojiValences {

    private static final Map<Integer, Double> VALENCES = Map.ofEntries(
            // pleased, laughing, loving
            Map.entry(0x1F600, 2.0), Map.entry(0x1F603, 2.2), Map.entry(0x1F604, 2.2),
            Map.entry(0x1F601, 2.0), Map.entry(0x1F606, 2.0), Map.entry(0x1F605, 1.0),
            Map.entry(0x1F602, 1.8), Map.entry(0x1F923, 2.0), Map.entry(0x1F642, 1.2),
            Map.entry(0x1F60A, 2.0), Map.entry(0x263A, 2.0), Map.entry(0x1F607, 1.6),
            Map.entry(0x1F970, 2.8), Map.entry(0x1F60D, 2.8), Map.entry(0x1F929, 2.8),
            Map.entry(0x1F618, 2.2), Map.entry(0x1F617, 1.2), Map.entry(0x1F61A, 1.6),
            Map.entry(0x1F619, 1.4), Map.entry(0x1F60B, 1.8), Map.entry(0x1F61B, 1.2),
            Map.entry(0x1F61C, 1.4), Map.entry(0x1F61D, 1.2), Map.entry(0x1F917, 2.0),
            Map.entry(0x1F60E, 1.6), Map.entry(0x1F973, 2.6), Map.entry(0x1F60C, 1.2),
            Map.entry(0x1F63B, 2.4),
            // approving gestures and celebration
            Map.entry(0x1F44D, 1.8), Map.entry(0x1F44F, 1.8), Map.entry(0x1F64C, 2.0),
            Map.entry(0x1F64F, 1.2), Map.entry(0x1F4AA, 1.4), Map.entry(0x1F44C, 1.6),
            Map.entry(0x1F389, 2.2), Map.entry(0x1F38A, 2.0), Map.entry(0x2728, 1.0),
            Map.entry(0x2B50, 1.4), Map.entry(0x1F31F, 1.6), Map.entry(0x1F4AF, 1.8),
            Map.entry(0x2705, 1.2),
            // hearts
            Map.entry(0x2764, 2.6), Map.entry(0x1F495, 2.4), Map.entry(0x1F496, 2.4),
            Map.entry(0x1F497, 2.2), Map.entry(0x1F493, 2.0), Map.entry(0x1F49E, 2.2),
            Map.entry(0x1F498, 2.0), Map.entry(0x1F49D, 2.0), Map.entry(0x1F499, 2.0),
            Map.entry(0x1F49A, 2.0), Map.entry(0x1F49B, 2.0), Map.entry(0x1F49C, 2.0),
            Map.entry(0x1F9E1, 2.0), Map.entry(0x1F494, -2.6),
            // unimpressed, doubtful, surprised
            Map.entry(0x1F610, -0.4), Map.entry(0x1F611, -0.6), Map.entry(0x1F636, -0.3),
            Map.entry(0x1F914, -0.2), Map.entry(0x1F612, -1.6), Map.entry(0x1F644, -1.4),
            Map.entry(0x1F62C, -1.0), Map.entry(0x1F615, -1.2), Map.entry(0x1F62E, -0.2),
            Map.entry(0x1F62F, -0.2), Map.entry(0x1F632, -0.4), Map.entry(0x1F633, -0.6),
            Map.entry(0x1F92F, -1.0), Map.entry(0x1F635, -1.2), Map.entry(0x1F926, -1.6),
            Map.entry(0x1F937, -0.4),
            // sad, worried, afraid
            Map.entry(0x1F61F, -1.6), Map.entry(0x1F641, -1.6), Map.entry(0x2639, -1.9),
            Map.entry(0x1F97A, -1.0), Map.entry(0x1F626, -1.2), Map.entry(0x1F627, -1.6),
            Map.entry(0x1F628, -2.0), Map.entry(0x1F630, -2.0), Map.entry(0x1F625, -1.6),
            Map.entry(0x1F622, -2.2), Map.entry(0x1F62D, -2.4), Map.entry(0x1F631, -2.4),
            Map.entry(0x1F616, -2.0), Map.entry(0x1F623, -1.8), Map.entry(0x1F61E, -2.0),
            Map.entry(0x1F614, -1.8), Map.entry(0x1F613, -1.4), Map.entry(0x1F629, -2.0),
            Map.entry(0x1F62B, -2.0), Map.entry(0x1F62A, -1.0),
            // angry, disgusted, rejecting
            Map.entry(0x1F624, -1.8), Map.entry(0x1F621, -2.9), Map.entry(0x1F620, -2.5),
            Map.entry(0x1F92C, -3.2), Map.entry(0x1F47F, -2.0), Map.entry(0x1F4A9, -1.6),
            Map.entry(0x1F92E, -2.6), Map.entry(0x1F922, -2.2), Map.entry(0x1F44E, -2.0),
            Map.entry(0x1F595, -3.0), Map.entry(0x274C, -1.2), Map.entry(0x26A0, -1.0),
            Map.entry(0x1F637, -1.0), Map.entry(0x1F912, -1.4));

    private EmojiValences() {
    }

    /** The valence of a token that is one emoji, or empty. */
    static OptionalDouble valence(String token) {
        if (token.isEmpty() || token.codePointCount(0, token.length()) != 1) {
            return OptionalDouble.empty();
        }
        Double valence = VALENCES.get(token.codePointAt(0));
        return valence == null ? OptionalDouble.empty() : OptionalDouble.of(valence);
    }

    /**
     * Whether a code point is an emoji that should stand as its own token: pictographs, dingbats
     * and the miscellaneous symbols block.
     */
    static boolean isEmoji(int codePoint) {
        boolean inEmojiBlocks = (codePoint >= 0x1F000 && codePoint <= 0x1FAFF)
                || (codePoint >= 0x2600 && codePoint <= 0x27BF)
                || (codePoint >= 0x2B00 && codePoint <= 0x2BFF);
        return inEmojiBlocks && Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }

    /** Variation selectors and skin-tone modifiers change how an emoji looks, not what it says. */
    static boolean isPresentationModifier(int codePoint) {
        return codePoint == 0xFE0F || codePoint == 0xFE0E
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF);
    }
}
