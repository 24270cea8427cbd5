package dev.parley.adapter.csv;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.ZoneOffset;
import java.util.List;

import dev.parley.api.Priority;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffRequest;
import dev.parley.api.handoff.HandoffRouter;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.knowledge.KnowledgeHit;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.api.nlp.SentimentLabel;

/**
 * Parley's services as the enricher sees them, answering by simple rules: "refund" is the intent
 * refund_request (else order_status), "broken" is negative and angry, a negative ticket goes to
 * billing with high priority, and the knowledge base knows about refunds only. "explode" makes
 * the intent classifier throw.
 */
final class FakeServices {

    private FakeServices() {
    }

    static TicketEnricher enricher() {
        IntentClassifier intents = mock(IntentClassifier.class);
        when(intents.classify(anyString())).thenAnswer(call -> {
            String text = call.getArgument(0);
            if (text.contains("explode")) {
                throw new IllegalStateException("model failed on: " + text);
            }
            return text.contains("refund") ? new IntentPrediction("refund_request", 0.91, List.of(), false, "intent-1.0.0")
                    : new IntentPrediction("order_status", 0.5, List.of(), false, "intent-1.0.0");
        });
        SentimentAnalyzer sentiments = mock(SentimentAnalyzer.class);
        when(sentiments.analyze(anyString())).thenAnswer(call -> ((String) call.getArgument(0)).contains("broken")
                ? new Sentiment(-0.75, SentimentLabel.NEGATIVE, Emotion.ANGER, 0.8, "sentiment-1.0.0")
                : new Sentiment(0.0, SentimentLabel.NEUTRAL, Emotion.NEUTRAL, 0.5, "sentiment-1.0.0"));
        EntityExtractor entities = mock(EntityExtractor.class);
        when(entities.extract(anyString(), any())).thenAnswer(call -> {
            String text = call.getArgument(0);
            int at = text.indexOf("100234");
            return at < 0 ? List.of() : List.of(new Entity("order_number", "100234", "100234", at, at + 6, 1.0));
        });
        HandoffRouter router = mock(HandoffRouter.class);
        when(router.route(any())).thenAnswer(call -> {
            HandoffRequest request = call.getArgument(0);
            boolean upset = request.sentiment().label() == SentimentLabel.NEGATIVE;
            return new Handoff(upset ? "billing" : "general", request.trigger(), "rule", upset ? Priority.HIGH
                    : Priority.NORMAL, null, null, true);
        });
        KnowledgeBase knowledge = mock(KnowledgeBase.class);
        when(knowledge.search(anyString(), anyInt())).thenAnswer(call -> ((String) call.getArgument(0)).contains("refund")
                ? List.of(new KnowledgeHit("returns/refunds", "Refunds", "We refund within 14 days.", 0.62, null))
                : List.of());
        return new TicketEnricher(intents, entities, sentiments, router, knowledge, ZoneOffset.UTC);
    }
}
