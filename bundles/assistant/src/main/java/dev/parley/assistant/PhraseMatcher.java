package dev.parley.assistant;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds configured phrases in customer text as whole words, whatever the case, punctuation,
 * spacing or accents, and with a plural "s" ("agents", "humans").
 */
final class PhraseMatcher {

    private final Pattern pattern;

    PhraseMatcher(List<String> phrases) {
        pattern = phrases.isEmpty() ? null : Pattern.compile(phrases.stream()
                .map(PhraseMatcher::normalize)
                .filter(p -> !p.isEmpty())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")s?(?![\\p{L}\\p{N}])")));
    }

    boolean matches(String text) {
        return pattern != null && pattern.matcher(normalize(text)).find();
    }

    /** Lower case without accents; every run of non-letters becomes one space. */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
