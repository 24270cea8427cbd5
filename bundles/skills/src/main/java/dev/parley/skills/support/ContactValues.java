package dev.parley.skills.support;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.api.host.Customer;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillContext;

/**
 * Reads a new e-mail address or phone number from a message and says what is wrong with one that
 * cannot be right. The customer's current value is not a new one: it is the answer to the
 * identity question.
 */
public final class ContactValues {

    private static final Pattern EMAIL = Pattern.compile("^[a-z0-9._%+\\-]+@[a-z0-9\\-]+(\\.[a-z0-9\\-]+)*\\.[a-z]{2,}$");
    private static final Pattern EMAIL_LIKE = Pattern.compile("\\S+@\\S*");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d][\\d ()./\\-]{5,}\\d");

    private ContactValues() {
    }

    /** A value read from a message: valid, or the reason it is not. */
    public record Candidate(String value, String problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    /** The new e-mail address in this message, if there is one. */
    public static Optional<Candidate> email(SkillContext context) {
        Optional<String> current = context.customer().map(Customer::email);
        Optional<String> found = Turns.entity(context, EntityTypes.EMAIL);
        if (found.isEmpty()) {
            Matcher like = EMAIL_LIKE.matcher(context.message().text());
            found = like.find() ? Optional.of(like.group().replaceAll("[.,;!?]+$", "")) : Optional.empty();
        }
        return found.map(value -> value.toLowerCase(Locale.ROOT))
                .filter(value -> current.isEmpty() || !value.equalsIgnoreCase(current.get()))
                .map(value -> EMAIL.matcher(value).matches() ? new Candidate(value, null)
                        : new Candidate(value, "That doesn't look like a complete e-mail address (like name@example.com)."));
    }

    /** The new phone number in this message, if there is one. */
    public static Optional<Candidate> phone(SkillContext context) {
        Optional<String> current = context.customer().map(Customer::phone);
        Optional<String> found = Turns.entity(context, EntityTypes.PHONE);
        if (found.isEmpty()) {
            Matcher like = PHONE_LIKE.matcher(Turns.textWithout(context, EntityTypes.ORDER_NUMBER));
            found = like.find() ? Optional.of(like.group()) : Optional.empty();
        }
        return found.map(value -> value.replaceAll("[^+\\d]", ""))
                .filter(value -> current.isEmpty() || !value.equals(current.get()))
                .map(value -> E164.matcher(value).matches() ? new Candidate(value, null)
                        : new Candidate(value, "Please give the number with its country code, like +44 20 7946 0000."));
    }
}
