package dev.parley.handoff;

import dev.parley.api.handoff.HandoffRequest;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import java.time.Instant;

/** Handoff requests for tests: a builder with nothing set but the trigger and a fixed time. */
final class Requests {

    /** A Tuesday, 10:00 in Berlin: within the default business hours. */
    static final Instant TUESDAY_MORNING = Instant.parse("2026-11-24T09:00:00Z");

    private HandoffTrigger trigger = HandoffTrigger.CUSTOMER_REQUEST;
    private String intent;
    private Sentiment sentiment;
    private String tier;
    private String reason;
    private String text;
    private Instant at = TUESDAY_MORNING;

    static Requests request() {
        return new Requests();
    }

    Requests trigger(HandoffTrigger value) {
        trigger = value;
        return this;
    }

    Requests intent(String value) {
        intent = value;
        return this;
    }

    Requests sentiment(double score, Emotion emotion) {
        SentimentLabel label = score < -0.05 ? SentimentLabel.NEGATIVE
                : score > 0.05 ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
        sentiment = new Sentiment(score, label, emotion, 0.8, "test");
        return this;
    }

    Requests tier(String value) {
        tier = value;
        return this;
    }

    Requests reason(String value) {
        reason = value;
        return this;
    }

    Requests text(String value) {
        text = value;
        return this;
    }

    Requests at(Instant value) {
        at = value;
        return this;
    }

    HandoffRequest build() {
        return new HandoffRequest("conversation-1", trigger, intent, sentiment, tier, reason, text, at);
    }
}
