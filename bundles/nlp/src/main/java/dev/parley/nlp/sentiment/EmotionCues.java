package dev.parley.nlp.sentiment;

import dev.parley.api.nlp.Emotion;
import java.util.Map;

/**
 * Emotion signals in how a message is written rather than in its words: shouting in capitals and
 * "!!!" (anger, when the message is negative or already angry or frustrated), "??" (frustration),
 * "?!" (surprise).
 */
final class EmotionCues {

    /** Shorter words in capitals are usually acronyms ("OK", "UPS", "ID"), not shouting. */
    private static final int MIN_SHOUTED_LETTERS = 3;

    /** A message entirely in capitals is shouting once it has this many words. */
    private static final int MIN_ALL_CAPS_WORDS = 3;

    private static final double PER_SHOUTED_WORD = 0.5;
    private static final int MAX_SHOUTED_WORDS = 4;
    private static final double DOUBLE_EXCLAMATION = 0.5;
    private static final double TRIPLE_EXCLAMATION = 1.0;
    private static final double PER_EXTRA_QUESTION_MARK = 0.5;
    private static final double INTERROBANG = 0.75;

    /** Below this a message counts as negative, as for {@code SentimentLabel.NEGATIVE}. */
    private static final double NEGATIVE = -0.05;

    private EmotionCues() {
    }

    static void addPunctuationAndCaps(TokenizedText text, double compound,
            Map<Emotion, Double> scores) {
        boolean upset = compound <= NEGATIVE || scores.containsKey(Emotion.ANGER)
                || scores.containsKey(Emotion.FRUSTRATION);
        if (upset) {
            double anger = PER_SHOUTED_WORD * Math.min(shoutedWords(text), MAX_SHOUTED_WORDS);
            int exclamations = text.exclamationMarks();
            anger += exclamations >= 3 ? TRIPLE_EXCLAMATION
                    : exclamations == 2 ? DOUBLE_EXCLAMATION : 0.0;
            if (anger > 0) {
                scores.merge(Emotion.ANGER, anger, Double::sum);
            }
        }
        int questionMarks = text.questionMarks();
        if (questionMarks >= 2 && compound < -NEGATIVE) {
            scores.merge(Emotion.FRUSTRATION,
                    PER_EXTRA_QUESTION_MARK * Math.min(questionMarks - 1, 2), Double::sum);
        }
        if (text.tokens().stream().anyMatch(t -> t.raw().contains("?!") || t.raw().contains("!?"))) {
            scores.merge(Emotion.SURPRISE, INTERROBANG, Double::sum);
        }
    }

    /**
     * Whether a token is shouted: a word of three or more letters in capitals, in a message that
     * mixes case or is all capitals over at least three words.
     */
    static boolean isShouted(TokenizedText text, Token token) {
        if (!token.isUpperCase() || letters(token.text()) < MIN_SHOUTED_LETTERS) {
            return false;
        }
        return text.capsDifferential() || text.size() >= MIN_ALL_CAPS_WORDS;
    }

    private static int shoutedWords(TokenizedText text) {
        return (int) text.tokens().stream().filter(token -> isShouted(text, token)).count();
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
