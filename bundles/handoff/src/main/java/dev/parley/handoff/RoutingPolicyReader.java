package dev.parley.handoff;

import dev.parley.api.Priority;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the router's configuration into a {@link RoutingPolicy}. Nothing in it is fatal: each
 * invalid entry is reported and skipped, an invalid single value replaced by its default, and the
 * rest of the configuration applies.
 */
final class RoutingPolicyReader {

    /** A policy and what was wrong with the configuration it was read from. */
    record Result(RoutingPolicy policy, List<String> problems) {
    }

    private RoutingPolicyReader() {
    }

    static Result read(ConfiguredHandoffRouter.Config config) {
        ConfigProblems problems = new ConfigProblems();
        Queues queues = Queues.read(config.queues(), config.defaultQueue(), problems);
        Priority defaultPriority = defaultPriority(config.defaultPriority(), problems);
        RuleParser parser = new RuleParser(queues, problems);
        List<Rule> rules = new ArrayList<>();
        for (RuleKind kind : ruleOrder(config.ruleOrder(), problems)) {
            for (String entry : ConfigEntries.split(entries(config, kind))) {
                parser.parse(kind, entry).ifPresent(rules::add);
            }
        }
        BusinessCalendar calendar = new BusinessHoursParser(problems)
                .read(config.timeZone(), config.openingHours(), config.holidays());
        ResponseTargets targets = ResponseTargets.read(config.responseTargets(), problems);
        return new Result(new RoutingPolicy(queues, defaultPriority, rules, calendar, targets), problems.messages());
    }

    private static Priority defaultPriority(String name, ConfigProblems problems) {
        try {
            return RuleParser.priority(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            problems.add("defaultPriority " + e.getMessage().replaceFirst("^has priority ", "")
                    + "; using normal");
            return Priority.NORMAL;
        }
    }

    /** The kinds in the configured order; kinds left out follow in their default order. */
    private static List<RuleKind> ruleOrder(String[] words, ConfigProblems problems) {
        List<RuleKind> order = new ArrayList<>();
        for (String word : ConfigEntries.split(words)) {
            Optional<RuleKind> kind = RuleKind.fromWord(word);
            if (kind.isEmpty()) {
                problems.add("ruleOrder", word, "is not a kind of rule: write trigger, keyword, intent, tier and"
                        + " sentiment in the order they choose the queue; skipped");
            } else if (order.contains(kind.get())) {
                problems.add("ruleOrder", word, "is listed twice; the first place applies");
            } else {
                order.add(kind.get());
            }
        }
        Set<RuleKind> missing = EnumSet.allOf(RuleKind.class);
        missing.removeAll(order);
        if (!missing.isEmpty() && !order.isEmpty()) {
            problems.add("ruleOrder does not list " + missing.stream().map(RuleKind::word).toList()
                    + "; they follow the listed kinds in their default order");
        }
        order.addAll(missing);
        return order;
    }

    private static String[] entries(ConfiguredHandoffRouter.Config config, RuleKind kind) {
        return switch (kind) {
            case TRIGGER -> config.triggerRules();
            case KEYWORD -> config.keywordRules();
            case INTENT -> config.intentRules();
            case TIER -> config.tierRules();
            case SENTIMENT -> config.sentimentRules();
        };
    }
}
