package dev.parley.adapter.csv;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffRequest;
import dev.parley.api.handoff.HandoffRouter;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.knowledge.KnowledgeHit;
import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.ExtractionContext;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.api.nlp.SentimentLabel;

/**
 * Runs a ticket's text through Parley's services as if a customer had written it: intent,
 * entities, sentiment and emotion, the queue the handoff router would pick for it, and the
 * knowledge article that best answers it. The services are thread-safe, and so is this.
 */
final class TicketEnricher {

    private final IntentClassifier intents;
    private final EntityExtractor entities;
    private final SentimentAnalyzer sentiments;
    private final HandoffRouter router;
    private final KnowledgeBase knowledge;
    private final ZoneId zone;

    TicketEnricher(IntentClassifier intents, EntityExtractor entities, SentimentAnalyzer sentiments,
            HandoffRouter router, KnowledgeBase knowledge, ZoneId zone) {
        this.intents = intents;
        this.entities = entities;
        this.sentiments = sentiments;
        this.router = router;
        this.knowledge = knowledge;
        this.zone = zone;
    }

    Enrichment enrich(Ticket ticket) {
        String text = ticket.text();
        IntentPrediction intent = intents.classify(text);
        Sentiment sentiment = sentiments.analyze(text);
        Instant at = ticket.created() != null ? ticket.created() : Instant.now();
        List<String> types = entities.extract(text, new ExtractionContext(ZonedDateTime.ofInstant(at, zone), Locale.ENGLISH))
                .stream().map(Entity::type).distinct().toList();
        // A ticket is already with the helpdesk's staff; the trigger only says why a person is
        // needed, so an upset customer gets the router's negative-sentiment priority.
        HandoffTrigger trigger = sentiment.label() == SentimentLabel.NEGATIVE ? HandoffTrigger.NEGATIVE_SENTIMENT
                : HandoffTrigger.POLICY;
        Handoff handoff = router.route(new HandoffRequest("csv:" + ticket.id(), trigger,
                intent.outOfScope() ? null : intent.intent(), sentiment, null, null, text, at));
        List<KnowledgeHit> hits = knowledge.search(text, 1);
        KnowledgeHit article = hits.isEmpty() ? null : hits.get(0);
        return new Enrichment(intent.intent(), intent.confidence(), sentiment.score(), sentiment.label().name(),
                sentiment.emotion().name(), types, handoff.queue(), handoff.priority().name(),
                article == null ? null : article.articleId(), article == null ? null : article.title(),
                article == null ? null : article.score(), intent.modelVersion(), sentiment.modelVersion());
    }
}
