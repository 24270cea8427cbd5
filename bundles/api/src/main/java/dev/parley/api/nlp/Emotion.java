package dev.parley.api.nlp;

import org.osgi.annotation.versioning.ProviderType;

/** The dominant emotion of a message, finer than its {@link SentimentLabel}. */
@ProviderType
public enum Emotion {
    /** Hostile or furious: "This is a scam, I want my money back NOW". */
    ANGER,
    /** Annoyed by a problem that persists: "Third time I'm asking where my order is". */
    FRUSTRATION,
    /** Disappointed or sad: "The gift arrived broken, so sad". */
    SADNESS,
    /** Worried: "Someone used my card on your site". */
    FEAR,
    /** Pleased or grateful: "Thanks, that was fast!". */
    JOY,
    /** Surprised, positively or not: "Wait, it was already shipped?". */
    SURPRISE,
    /** No clear emotion. */
    NEUTRAL
}
