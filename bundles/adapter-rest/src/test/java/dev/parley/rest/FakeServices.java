package dev.parley.rest;

import java.time.Duration;
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

/** Services as a test sets them; {@code null} is a service that is not installed. */
final class FakeServices implements ParleyServices {

    ConversationStore store;
    Assistant assistant;
    CustomerDirectory customers;
    IntentClassifier classifier;
    EntityExtractor extractor;
    SentimentAnalyzer sentimentAnalyzer;
    Recommender recommender;
    EscalationRisk escalationRisk;
    ChurnRisk churnRisk;
    ServiceAnalytics analytics;
    VolumeForecaster forecaster;

    static Settings settings(Duration replyTimeout) {
        return new Settings(8192, 65536, 16, replyTimeout, 7, 2, "rest");
    }

    @Override
    public Optional<ConversationStore> store() {
        return Optional.ofNullable(store);
    }

    @Override
    public Optional<Assistant> assistant() {
        return Optional.ofNullable(assistant);
    }

    @Override
    public Optional<CustomerDirectory> customers() {
        return Optional.ofNullable(customers);
    }

    @Override
    public Optional<IntentClassifier> classifier() {
        return Optional.ofNullable(classifier);
    }

    @Override
    public Optional<EntityExtractor> extractor() {
        return Optional.ofNullable(extractor);
    }

    @Override
    public Optional<SentimentAnalyzer> sentimentAnalyzer() {
        return Optional.ofNullable(sentimentAnalyzer);
    }

    @Override
    public Optional<Recommender> recommender() {
        return Optional.ofNullable(recommender);
    }

    @Override
    public Optional<ServiceAnalytics> analytics() {
        return Optional.ofNullable(analytics);
    }

    @Override
    public Optional<VolumeForecaster> forecaster() {
        return Optional.ofNullable(forecaster);
    }

    @Override
    public Optional<EscalationRisk> escalationRisk() {
        return Optional.ofNullable(escalationRisk);
    }

    @Override
    public Optional<ChurnRisk> churnRisk() {
        return Optional.ofNullable(churnRisk);
    }
}
