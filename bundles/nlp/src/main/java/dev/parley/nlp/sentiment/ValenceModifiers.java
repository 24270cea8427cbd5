package dev.parley.nlp.sentiment;

import static dev.parley.nlp.sentiment.VaderVocabulary.BOOSTERS;
import static dev.parley.nlp.sentiment.VaderVocabulary.CAPS_INCREMENT;
import static dev.parley.nlp.sentiment.VaderVocabulary.NEGATION_SCALAR;
import static dev.parley.nlp.sentiment.VaderVocabulary.isNegation;

/**
 * VADER's rules for how the words around a sentiment word change its valence, each a function of
 * the tokenized text, the word's index and its valence so far. Where Parley departs from
 * vaderSentiment 3.3.2 the method says so; every departure raised Pearson r on VADER's own
 * ground truth.
 */
final class ValenceModifiers {

    /** How much a booster counts at distance 1, 2 and 3 before the word. */
    private static final double[] BOOSTER_DECAY = {1.0, 0.95, 0.9};

    /** "never so good", "never this good": emphasis, not negation. */
    private static final double NEVER_SO_EMPHASIS = 1.25;

    private ValenceModifiers() {
    }

    /**
     * "no" before a sentiment word negates it ("no good"), and so does "no X or Y"; a "no" followed
     * by a sentiment word gives up its own valence to that negation. Parley: a "no" after a "no" is
     * repetition ("no no no!"), not a negation of it, and "no" two tokens back no longer negates
     * ("no idea lol"); the reach ends at the sentence.
     */
    static double applyNo(TokenizedText text, int i, double valence) {
        String key = text.key(i);
        if (key.equals("no")) {
            boolean nextIsSentiment = i < text.size() - 1 && text.get(i + 1).hasValence()
                    && !text.key(i + 1).equals("no");
            return nextIsSentiment ? 0.0 : valence;
        }
        boolean afterNo = i > 0 && text.key(i - 1).equals("no")
                && text.get(i - 1).sameClause(text.get(i));
        boolean afterNoOr = i > 2 && text.key(i - 3).equals("no")
                && (text.key(i - 1).equals("or") || text.key(i - 1).equals("nor"))
                && text.get(i - 3).sameClause(text.get(i));
        return afterNo || afterNoOr ? valence * NEGATION_SCALAR : valence;
    }

    /** A sentiment word in ALL CAPS among mixed-case words is emphasized. */
    static double applyCaps(TokenizedText text, int i, double valence) {
        if (text.capsDifferential() && text.get(i).isUpperCase()) {
            return valence > 0 ? valence + CAPS_INCREMENT : valence - CAPS_INCREMENT;
        }
        return valence;
    }

    /**
     * Boosters and dampeners up to three tokens back (weaker with distance), negations up to three
     * tokens back, and VADER's "never so/this" and "without doubt" exceptions. As in VADER, a
     * preceding token that is itself a sentiment word is skipped. Parley: a word is negated at most
     * once (VADER negated "DON'T CARE DON'T CARE" twice, back to positive), and nothing reaches
     * across a sentence boundary.
     */
    static double applyPrecedingModifiers(TokenizedText text, int i, double valence) {
        boolean negated = false;
        for (int distance = 1; distance <= 3 && i - distance >= 0; distance++) {
            Token preceding = text.get(i - distance);
            if (preceding.hasValence() || !preceding.sameClause(text.get(i))) {
                continue;
            }
            valence += boost(preceding, valence, text.capsDifferential())
                    * BOOSTER_DECAY[distance - 1];
            if (isNeverSoEmphasis(text, i, distance)) {
                valence *= NEVER_SO_EMPHASIS;
            } else if (!negated && !isWithoutDoubt(text, i, distance)
                    && isNegation(preceding.key())) {
                valence *= NEGATION_SCALAR;
                negated = true;
            }
        }
        return valence;
    }

    /**
     * VADER's special-case phrases replace the valence ("the shit", "bad ass", "yeah right"), and
     * the dampening bigrams "kind of" / "sort of" before the word lower it. Parley applies this to
     * every sentiment word; VADER skipped words fewer than four tokens into the text or after
     * another sentiment word, so "Glee is the shit" stayed negative.
     */
    static double applySpecialIdioms(TokenizedText text, int i, double valence) {
        String[] before = {
            join(text, i - 1, i), join(text, i - 2, i), join(text, i - 2, i - 1),
            join(text, i - 3, i - 1), join(text, i - 3, i - 2)};
        for (String phrase : before) {
            Double special = VaderVocabulary.SPECIAL_CASE_IDIOMS.get(phrase);
            if (special != null) {
                valence = special;
                break;
            }
        }
        for (String phrase : new String[] {join(text, i, i + 1), join(text, i, i + 2)}) {
            Double special = VaderVocabulary.SPECIAL_CASE_IDIOMS.get(phrase);
            if (special != null) {
                valence = special;
            }
        }
        for (String bigram : new String[] {before[3], before[4], before[2]}) {
            valence += BOOSTERS.getOrDefault(bigram, 0.0);
        }
        return valence;
    }

    /** "least" negates ("the least funny"), except in "at least" and "very least". */
    static double applyLeast(TokenizedText text, int i, double valence) {
        if (i == 0 || text.get(i - 1).hasValence() || !text.key(i - 1).equals("least")) {
            return valence;
        }
        String beforeLeast = text.key(i - 2);
        boolean idiom = i > 1 && (beforeLeast.equals("at") || beforeLeast.equals("very"));
        return idiom ? valence : valence * NEGATION_SCALAR;
    }

    /**
     * Parley: a counterfactual ("should have been great", "could've been worse") says the opposite
     * of its sentiment word, like a negation.
     */
    static double applyCounterfactual(TokenizedText text, int i, double valence) {
        for (int j = Math.max(0, i - 4); j < i; j++) {
            if (!text.get(j).sameClause(text.get(i))) {
                continue;
            }
            String key = text.key(j);
            boolean perfectModal = VaderVocabulary.MODALS.contains(key) && j + 1 < i
                    && VaderVocabulary.PERFECT_AUXILIARIES.contains(text.key(j + 1));
            if (perfectModal || VaderVocabulary.COUNTERFACTUAL_CONTRACTIONS.contains(key)) {
                return valence * NEGATION_SCALAR;
            }
        }
        return valence;
    }

    /** What a booster or dampener adds, in the direction of the valence, more in ALL CAPS. */
    private static double boost(Token modifier, double valence, boolean capsDifferential) {
        Double increment = BOOSTERS.get(modifier.key());
        if (increment == null) {
            return 0.0;
        }
        double scalar = valence < 0 ? -increment : increment;
        if (capsDifferential && modifier.isUpperCase()) {
            scalar += valence > 0 ? CAPS_INCREMENT : -CAPS_INCREMENT;
        }
        return scalar;
    }

    /**
     * VADER 3.3.2, kept as measured: "never so/this" before the word; and, three tokens back,
     * any "so"/"this" right before the word also emphasizes it.
     */
    private static boolean isNeverSoEmphasis(TokenizedText text, int i, int distance) {
        if (distance == 1) {
            return false;
        }
        boolean neverSo = text.key(i - distance).equals("never")
                && isSoOrThis(text.key(i - distance + 1));
        return distance == 2 ? neverSo : neverSo || isSoOrThis(text.key(i - 1));
    }

    private static boolean isWithoutDoubt(TokenizedText text, int i, int distance) {
        if (distance == 1 || !text.key(i - distance).equals("without")) {
            return false;
        }
        return text.key(i - 1).equals("doubt")
                || (distance == 3 && text.key(i - 2).equals("doubt"));
    }

    private static boolean isSoOrThis(String key) {
        return key.equals("so") || key.equals("this");
    }

    /** The keys from {@code first} to {@code last} joined by spaces, or "" if out of range. */
    private static String join(TokenizedText text, int first, int last) {
        if (first < 0 || last >= text.size()) {
            return "";
        }
        StringBuilder phrase = new StringBuilder(text.key(first));
        for (int k = first + 1; k <= last; k++) {
            phrase.append(' ').append(text.key(k));
        }
        return phrase.toString();
    }
}
