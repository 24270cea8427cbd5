package dev.parley.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Turns text into index terms, the same way for articles and for questions: Unicode
 * normalization (compatibility forms, accents removed, lower case), words of letters and digits,
 * English stop words removed, Snowball (Porter2) stems, then the knowledge base's synonyms folded
 * onto their main form. Thread-safe: a stemmer (not thread-safe itself) is made per call.
 */
final class TextAnalyzer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`]");
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");

    private final Set<String> stopWords;
    private final Synonyms synonyms;

    private TextAnalyzer(Set<String> stopWords, Synonyms synonyms) {
        this.stopWords = Set.copyOf(stopWords);
        this.synonyms = synonyms;
    }

    /** English stop words and stems, no synonyms. */
    static TextAnalyzer english() {
        return new TextAnalyzer(defaultStopWords(), Synonyms.NONE);
    }

    /** The same analyzer that also folds the given synonyms. */
    TextAnalyzer withSynonyms(Synonyms folding) {
        return new TextAnalyzer(stopWords, folding);
    }

    Synonyms synonyms() {
        return synonyms;
    }

    /** The terms of the text in their order; empty for text without words. */
    List<String> terms(String text) {
        return synonyms.fold(stems(text));
    }

    /** The terms before synonyms are folded: what a synonym entry is matched as. */
    List<String> stems(String text) {
        String normalized = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        normalized = APOSTROPHES.matcher(normalized).replaceAll("");
        SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        List<String> terms = new ArrayList<>();
        int length = normalized.length();
        int i = 0;
        while (i < length) {
            int codePoint = normalized.codePointAt(i);
            if (!Character.isLetterOrDigit(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int start = i;
            while (i < length && Character.isLetterOrDigit(normalized.codePointAt(i))) {
                i += Character.charCount(normalized.codePointAt(i));
            }
            String word = normalized.substring(start, i);
            if (!stopWords.contains(word)) {
                terms.add(stem(stemmer, word));
            }
        }
        return terms;
    }

    /** Only Latin words are stemmed: the English stemmer would mangle other scripts and codes. */
    private static String stem(SnowballStemmer stemmer, String word) {
        if (!LATIN_WORD.matcher(word).matches() || word.length() < 3) {
            return word;
        }
        return stemmer.stem(word).toString();
    }

    private static Set<String> defaultStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = TextAnalyzer.class.getResourceAsStream("stopwords-en.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundle's stop word list cannot be read", e);
        }
        return words;
    }
}
