package dev.parley.helpdesk;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * How an adapter writes the assistant's replies on its tickets.
 *
 * @param asNote {@code true} to post replies as internal notes (suggested answers for agents)
 *     instead of public replies
 * @param tagIntent whether to tag the ticket with the intent of each customer message
 * @param tagSentiment whether to tag the ticket with the sentiment of each customer message
 * @param handoffTag the tag added on a handoff, e.g. {@code parley_handoff}; not {@code null}
 * @param groups the group of each handoff queue; not {@code null}
 */
@ProviderType
public record ReplySettings(boolean asNote, boolean tagIntent, boolean tagSentiment, String handoffTag,
        GroupMapping groups) {

    /** The prefix of intent and sentiment tags. */
    public static final String TAG_PREFIX = "parley_";

    public ReplySettings {
        Objects.requireNonNull(handoffTag, "handoffTag");
        Objects.requireNonNull(groups, "groups");
    }
}
