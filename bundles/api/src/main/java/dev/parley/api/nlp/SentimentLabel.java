package dev.parley.api.nlp;

import org.osgi.annotation.versioning.ProviderType;

/** The polarity class of a {@link Sentiment}. */
@ProviderType
public enum SentimentLabel {
    /** Complaint, disappointment, anger. */
    NEGATIVE,
    /** Neither clearly negative nor positive, e.g. a plain question. */
    NEUTRAL,
    /** Satisfaction, thanks, praise. */
    POSITIVE
}
