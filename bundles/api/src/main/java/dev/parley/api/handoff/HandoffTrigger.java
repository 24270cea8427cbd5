package dev.parley.api.handoff;

import org.osgi.annotation.versioning.ProviderType;

/** Why a conversation is handed to a person. */
@ProviderType
public enum HandoffTrigger {
    /** The customer asked for a person ("let me talk to a human"). */
    CUSTOMER_REQUEST,
    /** The customer is upset: sentiment or emotion crossed the configured threshold. */
    NEGATIVE_SENTIMENT,
    /** The assistant did not understand, e.g. repeated out-of-scope or low-confidence intents. */
    LOW_CONFIDENCE,
    /** The topic always goes to a person, e.g. legal threats, fraud, data-protection requests. */
    SENSITIVE_INTENT,
    /** The skill for the intent failed or threw, and no knowledge-base answer fit. */
    SKILL_FAILURE,
    /**
     * A business rule requires a person, set in the router's configuration or decided by a skill
     * (e.g. a refund above a limit).
     */
    POLICY,
    /**
     * The escalation-risk model expects this conversation to end with a person or an angry
     * customer: it is handed over before that happens.
     *
     * @since 1.1.0
     */
    PREDICTED_ESCALATION
}
