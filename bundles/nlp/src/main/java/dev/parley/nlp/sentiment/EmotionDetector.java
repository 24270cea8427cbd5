package dev.parley.nlp.sentiment;

import dev.parley.api.nlp.Emotion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the dominant {@link Emotion} of a tokenized message from its {@link EmotionLexicon} hits,
 * its punctuation and capitals, and its sentiment score. The rules are listed on
 * {@link SentimentEngine}.
 *
 * <p>Thread-safe: it keeps no state between calls.
 */
final class EmotionDetector {

    /** The detected emotion and the confidence in it, in [0, 1]. */
    record Detection(Emotion emotion, double confidence) {
    }

    /** Ties go to the emotion a person should act on first. */
    private static final List<Emotion> PRIORITY = List.of(Emotion.ANGER, Emotion.FEAR,
            Emotion.FRUSTRATION, Emotion.SADNESS, Emotion.SURPRISE, Emotion.JOY);

    /** A negated joy word ("not happy") reads as disappointment, somewhat weaker. */
    private static final double NEGATED_JOY_AS_SADNESS = 0.75;

    private static final double BOOSTED = 1.3;
    private static final double DAMPENED = 0.7;
    private static final double SHOUTED = 1.5;

    /** A message at least this polar has an emotion even without a lexicon hit ... */
    private static final double STRONG_SENTIMENT = 0.5;

    /** ... but only polarity behind it, so it weighs half the polarity: low confidence. */
    private static final double POLARITY_ONLY_WEIGHT = 0.5;

    private final EmotionLexicon lexicon;

    EmotionDetector(EmotionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Detection detect(TokenizedText text, double compound) {
        Map<Emotion, Double> scores = new EnumMap<>(Emotion.class);
        addLexiconHits(text, scores);
        EmotionCues.addPunctuationAndCaps(text, compound, scores);
        scores.replaceAll((emotion, score) -> score * sentimentAgreement(emotion, compound));
        if (total(scores) == 0.0 && Math.abs(compound) >= STRONG_SENTIMENT) {
            // Strong polarity without an emotion word: disappointment or contentment.
            scores.put(compound < 0 ? Emotion.SADNESS : Emotion.JOY,
                    POLARITY_ONLY_WEIGHT * Math.abs(compound));
        }
        double total = total(scores);
        if (total == 0.0) {
            return new Detection(Emotion.NEUTRAL, 1.0 - Math.abs(compound));
        }
        Emotion best = PRIORITY.get(0);
        for (Emotion emotion : PRIORITY) {
            if (scores.getOrDefault(emotion, 0.0) > scores.getOrDefault(best, 0.0)) {
                best = emotion;
            }
        }
        double score = scores.getOrDefault(best, 0.0);
        double confidence = score / total * (1.0 - Math.exp(-score));
        return new Detection(best, Math.max(0.0, Math.min(1.0, confidence)));
    }

    /**
     * Matches the longest lexicon phrase at each position and adds its weight, adjusted for
     * boosters, shouting, negation and a contrastive "but" (as for the sentiment).
     */
    private void addLexiconHits(TokenizedText text, Map<Emotion, Double> scores) {
        int contrast = text.contrastIndex();
        int i = 0;
        while (i < text.size()) {
            int length = longestMatch(text, i);
            if (length == 0) {
                i++;
                continue;
            }
            EmotionLexicon.Entry entry = entryAt(text, i, length);
            double weight = entry.weight() * intensity(text, i, length);
            if (contrast >= 0 && i != contrast) {
                weight *= i < contrast ? VaderVocabulary.BEFORE_BUT : VaderVocabulary.AFTER_BUT;
            }
            Emotion emotion = entry.emotion();
            if (isNegated(text, i)) {
                if (emotion == Emotion.JOY) {
                    scores.merge(Emotion.SADNESS, weight * NEGATED_JOY_AS_SADNESS, Double::sum);
                }
                // "not worried", "no scam": gone. Repetition ("not again") stays frustrating.
                if (emotion != Emotion.FRUSTRATION) {
                    i += length;
                    continue;
                }
            }
            scores.merge(emotion, weight, Double::sum);
            i += length;
        }
    }

    private int longestMatch(TokenizedText text, int start) {
        for (int length = Math.min(lexicon.longestPhrase(), text.size() - start); length > 0;
                length--) {
            if (entryAt(text, start, length) != null) {
                return length;
            }
        }
        return 0;
    }

    /** The entry for the words at [start, start + length), trying a single word's key too. */
    private EmotionLexicon.Entry entryAt(TokenizedText text, int start, int length) {
        StringBuilder phrase = new StringBuilder(text.get(start).word());
        for (int k = start + 1; k < start + length; k++) {
            phrase.append(' ').append(text.get(k).word());
        }
        EmotionLexicon.Entry entry = lexicon.lookup(phrase.toString()).orElse(null);
        if (entry == null && length == 1) {
            entry = lexicon.lookup(text.get(start).key()).orElse(null);
        }
        return entry;
    }

    /** Boosters before the phrase and capitals in it strengthen it; dampeners weaken it. */
    private static double intensity(TokenizedText text, int start, int length) {
        double intensity = 1.0;
        for (int k = Math.max(0, start - 2); k < start; k++) {
            Double increment = VaderVocabulary.BOOSTERS.get(text.key(k));
            if (increment != null && text.get(k).sameClause(text.get(start))) {
                intensity *= increment > 0 ? BOOSTED : DAMPENED;
            }
        }
        for (int k = start; k < start + length; k++) {
            if (EmotionCues.isShouted(text, text.get(k))) {
                return intensity * SHOUTED;
            }
        }
        return intensity;
    }

    /** A negation or "no" up to three tokens before the phrase, in the same sentence. */
    private static boolean isNegated(TokenizedText text, int start) {
        for (int k = Math.max(0, start - 3); k < start; k++) {
            String key = text.key(k);
            boolean negation = VaderVocabulary.isNegation(key) || key.equals("no");
            if (negation && text.get(k).sameClause(text.get(start))) {
                return true;
            }
        }
        return false;
    }

    /** In [0.5, 1.5]: an emotion that agrees with the sentiment's sign counts more. */
    private static double sentimentAgreement(Emotion emotion, double compound) {
        double polarity = switch (emotion) {
            case JOY -> 1.0;
            case ANGER, FRUSTRATION, SADNESS, FEAR -> -1.0;
            case SURPRISE, NEUTRAL -> 0.0;
        };
        return 1.0 + 0.5 * compound * polarity;
    }

    private static double total(Map<Emotion, Double> scores) {
        return scores.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
