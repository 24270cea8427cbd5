package dev.parley.nlp.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds the valence of a lower-case token: in the lexicon, then among the built-in
 * {@link EmojiValences}, then through the spelling fallbacks below, which VADER lacks and which
 * measurably help on its ground truth (they only apply when the token itself is not a lexicon
 * entry or booster, and only when they land on one):
 * <ol>
 *   <li>elongation: "soooo" is "soo" or "so", "=(((" is "=(";
 *   <li>dropped g: "lovin" and "lovin'" are "loving";
 *   <li>plural, possessive and "-ily": "problems" is "problem", "friend's" is "friend",
 *       "happily" is "happy";
 *   <li>"un-" before a positive entry negates it: "unhelpful" scores as "not helpful".
 * </ol>
 */
final class ValenceLookup {

    /** A token's lookup form and valence (NaN when it carries none). */
    record Resolved(String key, double valence) {
    }

    private final SentimentLexicon lexicon;

    ValenceLookup(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the lower-case token is itself a lexicon entry (emoticons keep their punctuation). */
    boolean isLexiconEntry(String token) {
        return lexicon.contains(token);
    }

    Resolved resolve(String token) {
        if (VaderVocabulary.isBooster(token)) {
            return new Resolved(token, Double.NaN);
        }
        OptionalDouble known = lexicon.valence(token);
        if (known.isEmpty()) {
            known = EmojiValences.valence(token);
        }
        if (known.isPresent()) {
            return new Resolved(token, known.getAsDouble());
        }
        for (String candidate : spellingVariants(token)) {
            if (VaderVocabulary.isBooster(candidate)) {
                return new Resolved(candidate, Double.NaN);
            }
            OptionalDouble valence = lexicon.valence(candidate);
            if (valence.isPresent()) {
                return new Resolved(candidate, valence.getAsDouble());
            }
        }
        return negatedByPrefix(token);
    }

    private Resolved negatedByPrefix(String token) {
        if (token.startsWith("un") && token.length() > 4) {
            OptionalDouble base = lexicon.valence(token.substring(2));
            if (base.isPresent() && base.getAsDouble() > 0) {
                return new Resolved(token, base.getAsDouble() * VaderVocabulary.NEGATION_SCALAR);
            }
        }
        return new Resolved(token, Double.NaN);
    }

    /** Candidate spellings in order of preference; the first known one wins. */
    private static List<String> spellingVariants(String token) {
        List<String> variants = new ArrayList<>(4);
        String collapsedToTwo = collapseRuns(token, 2);
        if (!collapsedToTwo.equals(token)) {
            variants.add(collapsedToTwo);
            variants.add(collapseRuns(token, 1));
        }
        String withoutApostrophe = token.endsWith("in'")
                ? token.substring(0, token.length() - 1) : token;
        if (withoutApostrophe.endsWith("in")) {
            variants.add(withoutApostrophe + "g");
        }
        inflectionBase(token).ifPresent(variants::add);
        return variants;
    }

    private static Optional<String> inflectionBase(String token) {
        String base = null;
        if (token.endsWith("'s")) {
            base = token.substring(0, token.length() - 2);
        } else if (token.endsWith("ies")) {
            base = token.substring(0, token.length() - 3) + "y";
        } else if (token.endsWith("ches") || token.endsWith("shes") || token.endsWith("sses")
                || token.endsWith("xes") || token.endsWith("zes") || token.endsWith("oes")) {
            base = token.substring(0, token.length() - 2);
        } else if (token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us")
                && !token.endsWith("is")) {
            base = token.substring(0, token.length() - 1);
        } else if (token.endsWith("ily")) {
            base = token.substring(0, token.length() - 3) + "y";
        }
        // Very short bases ("as" to "a") are more often accidents than inflections.
        return base != null && base.length() > 2 ? Optional.of(base) : Optional.empty();
    }

    /** Shortens every run of one repeated character to at most {@code maxRun} characters. */
    static String collapseRuns(String token, int maxRun) {
        StringBuilder out = new StringBuilder(token.length());
        int run = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            run = i > 0 && token.charAt(i - 1) == c ? run + 1 : 1;
            if (run <= maxRun) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
