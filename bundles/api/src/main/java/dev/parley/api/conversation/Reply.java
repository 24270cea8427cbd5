package dev.parley.api.conversation;

import dev.parley.api.handoff.Handoff;
import dev.parley.api.nlp.Understanding;
import dev.parley.api.recommend.Recommendation;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The {@link Assistant}'s answer to one message.
 *
 * @param conversationId the conversation's id, to send with the customer's next messages; not
 *     {@code null}
 * @param text what to show the customer; not {@code null}
 * @param quickReplies short answers the customer can pick instead of typing, in display order;
 *     {@code null} is taken as empty; the list is an unmodifiable copy
 * @param understanding what NLP found in the message, or {@code null} if no NLP ran (e.g. no
 *     classifier installed)
 * @param skill the {@link dev.parley.api.skill.Skill#name() name} of the skill that answered, or
 *     {@code null} if none did (knowledge base, fallback, handoff)
 * @param handoff the handoff when a person takes over from now on, else {@code null}
 * @param awaitingInput {@code true} if the reply asks the customer something (e.g. an order
 *     number or a confirmation) and the next message is taken as the answer
 * @param suggestions recommended items to show next to the reply; {@code null} is taken as empty;
 *     the list is an unmodifiable copy
 */
@ProviderType
public record Reply(
        String conversationId,
        String text,
        List<String> quickReplies,
        Understanding understanding,
        String skill,
        Handoff handoff,
        boolean awaitingInput,
        List<Recommendation> suggestions) {

    public Reply {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(text, "text");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
