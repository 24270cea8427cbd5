package dev.parley.handoff;

import java.util.Locale;
import java.util.Optional;

/** The kinds of routing rule, each configured in a property of its own. */
enum RuleKind {
    /** Matches {@code HandoffRequest.trigger()}. */
    TRIGGER("triggerRules"),
    /** Matches words or phrases in {@code HandoffRequest.text()}. */
    KEYWORD("keywordRules"),
    /** Matches {@code HandoffRequest.intent()}. */
    INTENT("intentRules"),
    /** Matches {@code HandoffRequest.customerTier()}. */
    TIER("tierRules"),
    /** Matches the emotion or score of {@code HandoffRequest.sentiment()}. */
    SENTIMENT("sentimentRules");

    private final String property;

    RuleKind(String property) {
        this.property = property;
    }

    /** The configuration property that holds rules of this kind. */
    String property() {
        return property;
    }

    /** The word used in {@code ruleOrder} and in reasons, e.g. {@code intent}. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<RuleKind> fromWord(String word) {
        for (RuleKind kind : values()) {
            if (kind.word().equalsIgnoreCase(word.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
