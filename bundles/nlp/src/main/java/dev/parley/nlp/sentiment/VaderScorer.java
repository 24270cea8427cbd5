package dev.parley.nlp.sentiment;

import static dev.parley.nlp.sentiment.VaderVocabulary.AFTER_BUT;
import static dev.parley.nlp.sentiment.VaderVocabulary.BEFORE_BUT;

import java.util.Map;

/**
 * VADER's compound score of a tokenized message: each token's valence after the
 * {@link ValenceModifiers}, the contrastive "but", question damping, then emphasis from '!' and
 * '?', squashed into [-1, 1] by {@code x / sqrt(x² + 15)}.
 *
 * <p>Stateless and thread-safe.
 */
final class VaderScorer {

    double compound(TokenizedText text) {
        if (text.size() == 0) {
            return 0.0;
        }
        double[] sentiments = new double[text.size()];
        for (int i = 0; i < sentiments.length; i++) {
            sentiments[i] = tokenSentiment(text, i);
        }
        applyContrast(text, sentiments);
        double sum = 0.0;
        for (int i = 0; i < sentiments.length; i++) {
            boolean damped = text.get(i).inQuestion();
            sum += damped ? sentiments[i] * VaderVocabulary.QUESTION_DAMPING : sentiments[i];
        }
        return normalize(withPunctuationEmphasis(sum, text));
    }

    /** The sentiment one token contributes, 0 for neutral words and modifiers. */
    private static double tokenSentiment(TokenizedText text, int i) {
        Token token = text.get(i);
        if (VaderVocabulary.isBooster(token.key()) || isKindOf(text, i)) {
            return 0.0;
        }
        Double idiom = sentimentLadenIdiomEndingAt(text, i);
        if (idiom != null) {
            return idiom;
        }
        if (!token.hasValence()) {
            return 0.0;
        }
        double valence = ValenceModifiers.applyNo(text, i, token.valence());
        valence = ValenceModifiers.applyCaps(text, i, valence);
        valence = ValenceModifiers.applyPrecedingModifiers(text, i, valence);
        valence = ValenceModifiers.applySpecialIdioms(text, i, valence);
        valence = ValenceModifiers.applyLeast(text, i, valence);
        return ValenceModifiers.applyCounterfactual(text, i, valence);
    }

    /** "kind" in "kind of" is a dampener, not the positive adjective. */
    private static boolean isKindOf(TokenizedText text, int i) {
        return text.key(i).equals("kind") && text.key(i + 1).equals("of");
    }

    /** The valence of an idiom of neutral words ("can't wait") that ends at token i, or null. */
    private static Double sentimentLadenIdiomEndingAt(TokenizedText text, int i) {
        Map<String, Double> idioms = VaderVocabulary.SENTIMENT_LADEN_IDIOMS;
        StringBuilder phrase = new StringBuilder(text.key(i));
        for (int first = i - 1; first >= Math.max(0, i - 2); first--) {
            Token token = text.get(first);
            if (token.hasValence() || VaderVocabulary.isBooster(token.key())) {
                return null;
            }
            phrase.insert(0, ' ').insert(0, token.key());
            Double valence = idioms.get(phrase.toString());
            if (valence != null) {
                return valence;
            }
        }
        return null;
    }

    /**
     * The first contrastive "but" halves the sentiment before it and strengthens the sentiment
     * after it: the writer's point follows the "but".
     */
    private static void applyContrast(TokenizedText text, double[] sentiments) {
        int but = text.contrastIndex();
        if (but < 0) {
            return;
        }
        for (int i = 0; i < sentiments.length; i++) {
            if (i != but) {
                sentiments[i] *= i < but ? BEFORE_BUT : AFTER_BUT;
            }
        }
    }

    /** Exclamation marks (up to four) and two or more question marks push the sum outwards. */
    private static double withPunctuationEmphasis(double sum, TokenizedText text) {
        if (sum == 0.0) {
            return 0.0;
        }
        double emphasis = Math.min(text.exclamationMarks(), VaderVocabulary.MAX_EXCLAMATIONS)
                * VaderVocabulary.EXCLAMATION_INCREMENT;
        int questionMarks = text.questionMarks();
        if (questionMarks > 3) {
            emphasis += VaderVocabulary.MAX_QUESTION_MARK_AMPLIFIER;
        } else if (questionMarks > 1) {
            emphasis += questionMarks * VaderVocabulary.QUESTION_MARK_INCREMENT;
        }
        return sum > 0 ? sum + emphasis : sum - emphasis;
    }

    static double normalize(double sum) {
        double score = sum / Math.sqrt(sum * sum + VaderVocabulary.NORMALIZATION_ALPHA);
        return Double.isNaN(score) ? 0.0 : Math.max(-1.0, Math.min(1.0, score));
    }
}
