package dev.parley.skills.support;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.parley.api.skill.SkillContext;

/**
 * Reads the answer to a yes/no question: the intents {@code affirm} and {@code deny}, or the
 * usual words (yes, yep, sure, ok, please do, confirm / no, nope, don't, cancel that).
 */
public final class YesNo {

    /** What the customer answered. */
    public enum Answer {
        YES, NO, UNCLEAR
    }

    private static final Pattern NON_WORDS = Pattern.compile("[^a-z' ]+");
    private static final Set<String> YES = Set.of("yes", "y", "yep", "yeah", "yup", "sure", "ok", "okay",
            "please do", "confirm", "confirmed", "yes please", "do it", "go ahead", "correct", "right");
    private static final Set<String> NO = Set.of("no", "n", "nope", "nah", "don't", "dont", "do not",
            "cancel that", "no thanks", "no thank you", "stop", "not now");

    private YesNo() {
    }

    /** The answer of this turn. */
    public static Answer read(SkillContext context) {
        String intent = Turns.intent(context);
        if ("affirm".equals(intent)) {
            return Answer.YES;
        }
        if ("deny".equals(intent)) {
            return Answer.NO;
        }
        return read(context.message().text());
    }

    /** The answer a text gives, judged by its words alone. */
    public static Answer read(String text) {
        String words = NON_WORDS.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''))
                .replaceAll(" ").trim().replaceAll("\\s+", " ");
        if (YES.contains(words) || startsWithAny(words, YES)) {
            return Answer.YES;
        }
        if (NO.contains(words) || startsWithAny(words, NO)) {
            return Answer.NO;
        }
        return Answer.UNCLEAR;
    }

    private static boolean startsWithAny(String words, Set<String> phrases) {
        // "yes, cancel it" or "no, keep it": the first words decide
        return phrases.stream().anyMatch(p -> words.startsWith(p + " "));
    }
}
