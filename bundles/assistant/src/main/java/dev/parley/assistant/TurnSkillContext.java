package dev.parley.assistant;

import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.host.Customer;
import dev.parley.api.nlp.Understanding;
import dev.parley.api.skill.SkillContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The {@link SkillContext} of one turn: immutable values, valid for the skill's call. */
record TurnSkillContext(
        String conversationId,
        IncomingMessage message,
        Understanding understanding,
        Locale locale,
        Optional<Customer> customer,
        boolean identityVerified,
        Map<String, String> slots) implements SkillContext {

    TurnSkillContext {
        slots = Map.copyOf(slots);
    }
}
