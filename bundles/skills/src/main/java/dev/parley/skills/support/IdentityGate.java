package dev.parley.skills.support;

import java.util.Map;
import java.util.Optional;

import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;

/**
 * The identity check in front of account changes. The assistant verifies the sender at every
 * turn from the message's e-mail, phone and order numbers; this gate asks for them while
 * {@link SkillContext#identityVerified()} is false, says so when an answer did not verify, and
 * hands off after {@value #MAX_FAILURES} failed answers. The slot {@code <skill>.identityFailures}
 * counts them.
 */
public final class IdentityGate {

    /** Failed answers after which a person takes over. */
    public static final int MAX_FAILURES = 2;

    private static final String ASK_MATCHED =
            "For your security, please tell me the e-mail address on your account or the number of one of your orders.";
    private static final String ASK_ANONYMOUS =
            "For your security, please tell me the e-mail address on your account and the number of one of your orders.";
    private static final String MISMATCH = "That doesn't match our records. ";

    private final String skill;
    private final String failuresKey;

    public IdentityGate(String skill) {
        this.skill = skill;
        this.failuresKey = skill + ".identityFailures";
    }

    /**
     * Nothing when the sender is verified; otherwise the question to ask, the mismatch notice, or
     * the handoff.
     *
     * @param keep slot updates to keep with the question (e.g. the new value the customer already gave)
     */
    public Optional<SkillResult> check(SkillContext context, Map<String, String> keep) {
        if (context.identityVerified() && context.customer().isPresent()) {
            return Optional.empty();
        }
        String ask = question(context);
        Optional<String> failures = Turns.slot(context, failuresKey);
        if (failures.isEmpty()) {
            return Optional.of(SkillResult.ask(ask, Replies.TALK_TO_PERSON)
                    .withSlotUpdates(Turns.with(keep, failuresKey, "0")));
        }
        int failed = failures.get().matches("\\d{1,3}") ? Integer.parseInt(failures.get()) + 1 : 1;
        if (failed >= MAX_FAILURES) {
            return Optional.of(SkillResult.handoff("identity check failed")
                    .withSlotUpdates(Turns.clearPrivate(context, skill, Map.of())));
        }
        return Optional.of(SkillResult.ask(MISMATCH + ask, Replies.TALK_TO_PERSON)
                .withSlotUpdates(Turns.with(keep, failuresKey, Integer.toString(failed))));
    }

    private static String question(SkillContext context) {
        if (context.customer().isPresent()) {
            return ASK_MATCHED;
        }
        // an anonymous sender who named an order only needs to add the e-mail address to be verified
        return Turns.slot(context, Slots.ORDER_NUMBER)
                .map(order -> "For your security, please tell me the e-mail address you used for order " + order + ".")
                .orElse(ASK_ANONYMOUS);
    }
}
