package dev.parley.handoff;

import dev.parley.api.Priority;
import dev.parley.api.handoff.HandoffRequest;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Sentiment;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one rule entry, {@code <condition>=<queue>}, {@code <condition>=<queue>:<priority>} or
 * {@code <condition>=:<priority>}. A queue that is not configured is replaced by the default queue
 * and reported; anything else that is wrong makes the entry invalid.
 */
final class RuleParser {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");
    private static final Pattern TIER = Pattern.compile("[\\p{L}\\p{N}_.\\- ]+");
    private static final Pattern SCORE = Pattern.compile("score\\s*<\\s*(\\S+)", Pattern.CASE_INSENSITIVE);

    private final Queues queues;
    private final ConfigProblems problems;

    RuleParser(Queues queues, ConfigProblems problems) {
        this.queues = queues;
        this.problems = problems;
    }

    /** The rule, or empty when the entry is invalid (then it is reported). */
    Optional<Rule> parse(RuleKind kind, String entry) {
        int equals = entry.lastIndexOf('=');
        if (equals <= 0 || equals == entry.length() - 1) {
            problems.add(kind.property(), entry, "is not <condition>=<queue>[:<priority>] or <condition>=:<priority>;"
                    + " skipped");
            return Optional.empty();
        }
        try {
            Predicate<HandoffRequest> condition = condition(kind, entry.substring(0, equals).strip());
            String target = entry.substring(equals + 1).strip();
            int colon = target.indexOf(':');
            String queueName = (colon < 0 ? target : target.substring(0, colon)).strip();
            Priority priority = colon < 0 ? null : priority(target.substring(colon + 1));
            String queue = queueName.isEmpty() ? null : queue(kind, entry, queueName);
            return Optional.of(new Rule(kind, entry, condition, queue, priority));
        } catch (IllegalArgumentException e) {
            problems.add(kind.property(), entry, e.getMessage() + "; skipped");
            return Optional.empty();
        }
    }

    /** Parses {@code low}, {@code normal}, {@code high} or {@code urgent}, ignoring case. */
    static Priority priority(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (Priority priority : Priority.values()) {
            if (priority.name().equals(wanted)) {
                return priority;
            }
        }
        throw new IllegalArgumentException("has priority '" + name.strip() + "', which is not one of "
                + names(Priority.values()));
    }

    private String queue(RuleKind kind, String entry, String name) {
        Optional<String> queue = queues.find(name);
        if (queue.isPresent()) {
            return queue.get();
        }
        problems.add(kind.property(), entry, "names queue '" + name + "', which is not one of the queues ("
                + String.join(", ", queues.names()) + "); it routes to the default queue '" + queues.defaultQueue()
                + "' until the queue is added or the rule corrected");
        return queues.defaultQueue();
    }

    private static Predicate<HandoffRequest> condition(RuleKind kind, String condition) {
        return switch (kind) {
            case TRIGGER -> trigger(condition);
            case KEYWORD -> KeywordCondition.parse(condition);
            case INTENT -> {
                String intent = requireName(condition, NAME, "an intent name");
                yield request -> intent.equalsIgnoreCase(request.intent());
            }
            case TIER -> {
                String tier = requireName(condition, TIER, "a customer tier");
                yield request -> request.customerTier() != null && tier.equalsIgnoreCase(request.customerTier().strip());
            }
            case SENTIMENT -> sentiment(condition);
        };
    }

    private static Predicate<HandoffRequest> trigger(String condition) {
        for (HandoffTrigger trigger : HandoffTrigger.values()) {
            if (trigger.name().equalsIgnoreCase(condition)) {
                return request -> request.trigger() == trigger;
            }
        }
        throw new IllegalArgumentException("has trigger '" + condition + "', which is not one of "
                + names(HandoffTrigger.values()));
    }

    private static Predicate<HandoffRequest> sentiment(String condition) {
        var score = SCORE.matcher(condition);
        if (score.matches()) {
            double threshold = threshold(score.group(1));
            return request -> request.sentiment() != null && request.sentiment().score() < threshold;
        }
        for (Emotion emotion : Emotion.values()) {
            if (emotion.name().equalsIgnoreCase(condition)) {
                return request -> {
                    Sentiment sentiment = request.sentiment();
                    return sentiment != null && sentiment.emotion() == emotion;
                };
            }
        }
        throw new IllegalArgumentException("has condition '" + condition + "', which is neither an emotion ("
                + names(Emotion.values()) + ") nor score<<number between -1 and 1>");
    }

    private static double threshold(String number) {
        try {
            double threshold = Double.parseDouble(number);
            if (threshold >= -1.0 && threshold <= 1.0) {
                return threshold;
            }
        } catch (NumberFormatException e) {
            // reported below with what is expected
        }
        throw new IllegalArgumentException("has score threshold '" + number + "', which is not a number between"
                + " -1 and 1");
    }

    private static String requireName(String value, Pattern pattern, String what) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("has '" + value + "', which is not " + what
                    + " (letters, digits, '_', '-' or '.')");
        }
        return value;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
