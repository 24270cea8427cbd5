package dev.parley.api.analytics;

import org.osgi.annotation.versioning.ProviderType;

/** What became of a rating. */
@ProviderType
public enum RatingOutcome {
    /** The conversation's first rating was stored. */
    RECORDED,
    /** The rating replaced the conversation's earlier one. */
    REPLACED,
    /** There is no such conversation; nothing was stored. */
    UNKNOWN_CONVERSATION
}
