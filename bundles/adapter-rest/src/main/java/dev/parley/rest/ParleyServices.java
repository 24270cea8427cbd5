package dev.parley.rest;

import java.util.Optional;

import dev.parley.api.analytics.ServiceAnalytics;
import dev.parley.api.conversation.Assistant;
import dev.parley.api.forecast.VolumeForecaster;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.api.recommend.Recommender;
import dev.parley.api.risk.ChurnRisk;
import dev.parley.api.risk.EscalationRisk;
import dev.parley.api.store.ConversationStore;

/**
 * The services the API calls, each of which may be absent while its bundle is not installed or
 * restarting; the resources answer 503 for a missing one rather than failing to register.
 */
interface ParleyServices {

    Optional<ConversationStore> store();

    Optional<Assistant> assistant();

    Optional<CustomerDirectory> customers();

    Optional<IntentClassifier> classifier();

    Optional<EntityExtractor> extractor();

    Optional<SentimentAnalyzer> sentimentAnalyzer();

    Optional<Recommender> recommender();

    Optional<ServiceAnalytics> analytics();

    Optional<VolumeForecaster> forecaster();

    Optional<EscalationRisk> escalationRisk();

    Optional<ChurnRisk> churnRisk();
}
