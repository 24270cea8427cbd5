package dev.parley.handoff;

import dev.parley.api.handoff.HandoffRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether a customer's message contains one of a rule's words or phrases: {@code fraud|legal
 * action|chargeback*}. Matching ignores case and whole words only, so {@code legal} does not match
 * "illegally"; a trailing {@code *} allows any ending ({@code fraud*} matches "fraudulent"); the
 * words of a phrase may be separated by any white space.
 */
final class KeywordCondition implements Predicate<HandoffRequest> {

    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}'][\\p{L}\\p{N}'\\s.&\\-]*\\*?");

    private final Pattern pattern;

    private KeywordCondition(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * Parses {@code a|b c|d*}.
     *
     * @throws IllegalArgumentException naming the alternative that is not a word or phrase
     */
    static KeywordCondition parse(String alternatives) {
        List<String> parts = new ArrayList<>();
        for (String alternative : alternatives.split("\\|", -1)) {
            String keyword = alternative.strip();
            if (!VALID.matcher(keyword).matches()) {
                throw new IllegalArgumentException(keyword.isEmpty() ? "has an empty keyword: remove the extra '|'"
                        : "has '" + keyword + "', which is not a word or phrase (letters, digits, spaces,"
                                + " ' . & -, and an optional * at the end)");
            }
            parts.add(regex(keyword.toLowerCase(Locale.ROOT)));
        }
        // One look-behind for all keywords: tried once per position instead of once per keyword.
        return new KeywordCondition(Pattern.compile("(?<!" + WORD_CHAR + ")(?:" + String.join("|", parts) + ")"));
    }

    private static String regex(String keyword) {
        boolean open = keyword.endsWith("*");
        String stem = open ? keyword.substring(0, keyword.length() - 1).strip() : keyword;
        StringBuilder regex = new StringBuilder();
        String[] words = stem.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        // An open keyword needs no end: whatever follows its stem, it is found.
        return regex.append(open ? "" : "(?!" + WORD_CHAR + ")").toString();
    }

    @Override
    public boolean test(HandoffRequest request) {
        // Lower-casing once is far cheaper than a case-insensitive match with Unicode classes.
        return request.text() != null && pattern.matcher(request.text().toLowerCase(Locale.ROOT)).find();
    }
}
