package dev.parley.assistant;

import dev.parley.api.handoff.HandoffRouter;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.OrderService;
import dev.parley.api.host.TicketService;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.api.risk.EscalationRisk;
import dev.parley.api.store.ConversationStore;
import java.util.Objects;

/**
 * The services one message is handled with, read once when it arrives so that a service leaving
 * meanwhile does not change course halfway. Every one but the store may be {@code null}: not
 * installed right now.
 */
record Services(
        ConversationStore store,
        IntentClassifier classifier,
        EntityExtractor extractor,
        SentimentAnalyzer sentiment,
        CustomerDirectory customers,
        OrderService orders,
        TicketService tickets,
        HandoffRouter router,
        KnowledgeBase knowledge,
        SkillRegistry skills,
        EscalationRisk escalationRisk) {

    Services {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(skills, "skills");
    }
}
