package dev.parley.nlp.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The constants and closed word lists of VADER (Hutto &amp; Gilbert 2014, reference implementation
 * vaderSentiment 3.3.2), plus the few lists Parley's fixes to it need. Everything here is
 * language knowledge, not model data: a model bundle swaps the lexicon, not these rules.
 */
final class VaderVocabulary {

    /** Empirical mean rating increase a booster word ("very") adds to the next sentiment word. */
    static final double BOOSTER_INCREMENT = 0.293;

    /** Empirical mean rating increase of a sentiment word in ALL CAPS among mixed-case words. */
    static final double CAPS_INCREMENT = 0.733;

    /** What a negation ("not good") multiplies a valence by: flips and dampens it. */
    static final double NEGATION_SCALAR = -0.74;

    /** Empirical rating increase per exclamation mark, counted up to {@link #MAX_EXCLAMATIONS}. */
    static final double EXCLAMATION_INCREMENT = 0.292;

    static final int MAX_EXCLAMATIONS = 4;

    /** Rating increase per question mark when there are two or three of them. */
    static final double QUESTION_MARK_INCREMENT = 0.18;

    /** Rating increase for four or more question marks. */
    static final double MAX_QUESTION_MARK_AMPLIFIER = 0.96;

    /** Approximates the largest expected sum of valences; squashes the sum into (-1, 1). */
    static final double NORMALIZATION_ALPHA = 15;

    /** "but" halves what comes before it ... */
    static final double BEFORE_BUT = 0.5;

    /** ... and strengthens what follows it: the writer's point comes after the "but". */
    static final double AFTER_BUT = 1.5;

    /**
     * Parley: a sentence that asks ("is it good?") asserts less than one that states; its valences
     * count half. Raised r on all three VADER ground-truth sets.
     */
    static final double QUESTION_DAMPING = 0.5;

    /**
     * Parley: "too" before another word marks excess ("too late", "took too long"), which is a
     * complaint even when the following word is neutral or positive.
     */
    static final double EXCESS_VALENCE = -1.0;

    /** Words that negate the sentiment word up to three tokens after them; "n't" forms also do. */
    static final Set<String> NEGATIONS = Set.of(
            "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
            "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
            "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
            "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
            "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
            "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
            "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

    /** Degree adverbs: boosters add, dampeners subtract, in the direction of the valence. */
    static final Map<String, Double> BOOSTERS = boosters();

    /** VADER's special-case phrases that contain a lexicon word and replace its valence. */
    static final Map<String, Double> SPECIAL_CASE_IDIOMS = Map.of(
            "the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5, "badass", 1.5, "bus stop", 0.0,
            "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
            "beating heart", 3.1, "broken heart", -2.9);

    /**
     * Idioms without a lexicon word. VADER lists the first twelve as future work; Parley scores
     * them, and "can't wait" (eagerness, frequent in customer messages) with them.
     */
    static final Map<String, Double> SENTIMENT_LADEN_IDIOMS = Map.ofEntries(
            Map.entry("cut the mustard", 2.0), Map.entry("hand to mouth", -2.0),
            Map.entry("back handed", -2.0), Map.entry("blow smoke", -2.0),
            Map.entry("blowing smoke", -2.0), Map.entry("upper hand", 1.0),
            Map.entry("break a leg", 2.0), Map.entry("cooking with gas", 2.0),
            Map.entry("in the black", 2.0), Map.entry("in the red", -2.0),
            Map.entry("on the ball", 2.0), Map.entry("under the weather", -2.0),
            Map.entry("can't wait", 2.0), Map.entry("cant wait", 2.0),
            Map.entry("cannot wait", 2.0));

    /**
     * Parley: "like" is a sentiment word only as a verb. It is one after these words ("I like",
     * "would like", "really like"); elsewhere it is a preposition ("looks like rain").
     */
    static final Set<String> LIKE_VERB_CUES = Set.of(
            "i", "we", "you", "they", "he", "she", "who", "people", "guys", "kids", "fans",
            "i'd", "we'd", "you'd", "they'd", "i'll", "we'll", "you'll", "they'll",
            "would", "will", "do", "does", "did", "to", "really", "also", "just", "still",
            "totally", "definitely", "always", "actually", "generally");

    /** Parley: modal verbs that, followed by "have" or "been", make a counterfactual. */
    static final Set<String> MODALS = Set.of("would", "could", "should", "might");

    /** Parley: "should have been great" means it was not: the valence is negated. */
    static final Set<String> COUNTERFACTUAL_CONTRACTIONS =
            Set.of("would've", "could've", "should've", "might've");

    static final Set<String> PERFECT_AUXILIARIES = Set.of("have", "been");

    /**
     * Parley: after these words "but" means "except" or "only" ("nothing but", "can't help but"),
     * not a contrast.
     */
    static final Set<String> NON_CONTRASTIVE_BUT_PREDECESSORS = Set.of(
            "nothing", "anything", "all", "everything", "help", "anyone", "everyone", "none",
            "nobody", "last");

    private VaderVocabulary() {
    }

    /** Whether a lower-case token negates what follows: a listed word or any "n't" form. */
    static boolean isNegation(String key) {
        return NEGATIONS.contains(key) || key.contains("n't");
    }

    static boolean isBooster(String key) {
        return BOOSTERS.containsKey(key);
    }

    private static Map<String, Double> boosters() {
        Map<String, Double> boosters = new HashMap<>();
        for (String word : ("absolutely amazingly awfully completely considerable considerably"
                + " decidedly deeply effing enormous enormously entirely especially exceptional"
                + " exceptionally extreme extremely fabulously flipping flippin frackin fracking"
                + " fricking frickin frigging friggin fully fuckin fucking fuggin fugging greatly"
                + " hella highly hugely incredible incredibly intensely major majorly more most"
                + " particularly purely quite really remarkably so substantially thoroughly total"
                + " totally tremendous tremendously uber unbelievably unusually utter utterly very")
                .split(" ")) {
            boosters.put(word, BOOSTER_INCREMENT);
        }
        for (String word : new String[] {"almost", "barely", "hardly", "just enough", "kind of",
                "kinda", "kindof", "kind-of", "less", "little", "marginal", "marginally",
                "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly",
                "somewhat", "sort of", "sorta", "sortof", "sort-of"}) {
            boosters.put(word, -BOOSTER_INCREMENT);
        }
        return Map.copyOf(boosters);
    }
}
