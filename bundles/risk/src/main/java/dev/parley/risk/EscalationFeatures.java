package dev.parley.risk;

import java.util.List;

import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.risk.MessageSignals;

/**
 * The features of a conversation so far, from the customer's messages and what was understood of
 * them. The same code serves training, the live assessment and the back-test, so a feature means
 * the same everywhere.
 */
public final class EscalationFeatures {

    /** Readable names: they become the factors staff see. */
    public static final List<String> NAMES = List.of(
            "customer messages so far",
            "sentiment of the last message",
            "lowest sentiment so far",
            "sentiment falling",
            "angry or frustrated",
            "share of angry or frustrated messages",
            "not understood in a row",
            "same request repeated",
            "long message",
            "shouting (capital letters)",
            "exclamation marks",
            "handed to a person before");

    /** Below this intent confidence a message counts as not understood, as in the assistant's default. */
    static final double UNDERSTOOD_CONFIDENCE = 0.5;

    private EscalationFeatures() {
    }

    /**
     * @param turns the customer's messages so far, oldest first; at least one
     * @param pastHandoffs how many earlier conversations of the customer were handed to a person
     */
    public static double[] of(List<MessageSignals> turns, int pastHandoffs) {
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("a conversation needs at least one customer message to be assessed");
        }
        MessageSignals last = turns.get(turns.size() - 1);
        double lowest = 1;
        int upset = 0;
        for (MessageSignals turn : turns) {
            lowest = Math.min(lowest, turn.sentimentScore());
            upset += upset(turn) ? 1 : 0;
        }
        double falling = turns.size() < 2 ? 0 : Math.max(0, turns.get(0).sentimentScore() - last.sentimentScore());
        return new double[] {
            Math.log1p(turns.size()),
            last.sentimentScore(),
            lowest,
            falling,
            upset(last) ? 1 : 0,
            (double) upset / turns.size(),
            notUnderstoodStreak(turns),
            repeats(turns),
            Math.log1p(last.text().length()),
            capitals(last.text()),
            Math.min(5, exclamations(last.text())),
            Math.log1p(pastHandoffs)
        };
    }

    static boolean upset(MessageSignals turn) {
        return turn.emotion() == Emotion.ANGER || turn.emotion() == Emotion.FRUSTRATION;
    }

    static boolean understood(MessageSignals turn) {
        return turn.intent() != null && !IntentPrediction.OUT_OF_SCOPE.equals(turn.intent())
                && turn.confidence() >= UNDERSTOOD_CONFIDENCE;
    }

    private static int notUnderstoodStreak(List<MessageSignals> turns) {
        int streak = 0;
        for (int i = turns.size() - 1; i >= 0 && !understood(turns.get(i)); i--) {
            streak++;
        }
        return streak;
    }

    /** How often the last message's request was made before in this conversation. */
    private static int repeats(List<MessageSignals> turns) {
        MessageSignals last = turns.get(turns.size() - 1);
        if (!understood(last)) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < turns.size() - 1; i++) {
            if (last.intent().equals(turns.get(i).intent())) {
                count++;
            }
        }
        return count;
    }

    /** The share of capital letters, counted only from four letters on ("OK" is not shouting). */
    static double capitals(String text) {
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                capitals += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters < 4 ? 0 : (double) capitals / letters;
    }

    private static int exclamations(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += text.charAt(i) == '!' ? 1 : 0;
        }
        return count;
    }
}
