package dev.parley.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds words and phrases that mean the same onto one main form, in articles and questions
 * alike, so "I want my money back" finds the article on refunds. Groups come from lines like
 * {@code refund: money back, reimbursement}: the main form before the colon, its synonyms after
 * it, each analyzed like any text (so "refunds" and "refunded" fold too). The longest synonym
 * that starts at a position wins. Immutable.
 */
final class Synonyms {

    static final Synonyms NONE = new Synonyms(Map.of(), 0);

    private record Rule(List<String> phrase, List<String> replacement) {
    }

    /** Rules by the first term of their phrase, longest phrase first. */
    private final Map<String, List<Rule>> rulesByFirstTerm;
    private final int groups;

    private Synonyms(Map<String, List<Rule>> rulesByFirstTerm, int groups) {
        this.rulesByFirstTerm = rulesByFirstTerm;
        this.groups = groups;
    }

    /** A line that is not a synonym group; the message says how to write it. */
    record Problem(int line, String message) {
    }

    /** The groups of the lines; blank lines and lines starting with '#' are skipped. */
    static Synonyms parse(List<String> lines, TextAnalyzer analyzer, List<Problem> problems) {
        Map<String, List<Rule>> rules = new HashMap<>();
        int groups = 0;
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                problems.add(new Problem(number, "has no ':': write the main word, a colon and its synonyms,"
                        + " e.g. 'refund: money back, reimbursement'"));
                continue;
            }
            List<String> main = analyzer.stems(line.substring(0, colon));
            if (main.isEmpty()) {
                problems.add(new Problem(number, "has no main word before ':' (or only stop words)"));
                continue;
            }
            for (String synonym : line.substring(colon + 1).split(",")) {
                List<String> phrase = analyzer.stems(synonym);
                if (!phrase.isEmpty() && !phrase.equals(main)) {
                    rules.computeIfAbsent(phrase.get(0), first -> new ArrayList<>()).add(new Rule(phrase, main));
                }
            }
            groups++;
        }
        rules.values().forEach(list -> list.sort(Comparator.comparingInt((Rule rule) -> rule.phrase().size())
                .reversed()));
        return new Synonyms(Map.copyOf(rules), groups);
    }

    int groups() {
        return groups;
    }

    List<String> fold(List<String> terms) {
        if (rulesByFirstTerm.isEmpty()) {
            return terms;
        }
        List<String> folded = new ArrayList<>(terms.size());
        int i = 0;
        while (i < terms.size()) {
            Rule match = match(terms, i);
            if (match == null) {
                folded.add(terms.get(i));
                i++;
            } else {
                folded.addAll(match.replacement());
                i += match.phrase().size();
            }
        }
        return folded;
    }

    private Rule match(List<String> terms, int start) {
        for (Rule rule : rulesByFirstTerm.getOrDefault(terms.get(start), List.of())) {
            int size = rule.phrase().size();
            if (start + size <= terms.size() && terms.subList(start, start + size).equals(rule.phrase())) {
                return rule;
            }
        }
        return null;
    }
}
