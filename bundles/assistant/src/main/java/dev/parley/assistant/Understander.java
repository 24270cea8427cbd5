package dev.parley.assistant;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.ExtractionContext;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.Understanding;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the NLP services on one message. A missing or failing service leaves its part empty
 * (out of scope, no entities, no sentiment) instead of failing the turn: the customer still gets
 * the knowledge base or a person.
 */
final class Understander {

    private static final Logger LOG = LoggerFactory.getLogger(Understander.class);

    Nlu understand(String text, Instant sentAt, Locale locale, ZoneId zone, Services services) {
        IntentClassifier classifier = services.classifier();
        IntentPrediction prediction = null;
        String intentModel = null;
        if (classifier != null) {
            try {
                prediction = classifier.classify(text);
                intentModel = modelName(classifier, prediction);
            } catch (RuntimeException e) {
                LOG.warn("Intent classification failed, handling the message as not understood: {}", e.toString());
            }
        }
        boolean classified = prediction != null;
        Understanding understanding = new Understanding(classified ? prediction : Nlu.notClassified(),
                entities(text, sentAt, locale, zone, services), sentiment(text, services));
        return new Nlu(understanding, classified, intentModel);
    }

    private static String modelName(IntentClassifier classifier, IntentPrediction prediction) {
        try {
            return classifier.model().name() + " " + prediction.modelVersion();
        } catch (RuntimeException e) {
            return prediction.modelVersion();
        }
    }

    private static List<Entity> entities(String text, Instant sentAt, Locale locale, ZoneId zone,
            Services services) {
        if (services.extractor() == null) {
            return List.of();
        }
        try {
            // Relative dates ("yesterday") are meant in the customer's day when the message was sent.
            return services.extractor().extract(text, new ExtractionContext(sentAt.atZone(zone), locale));
        } catch (RuntimeException e) {
            LOG.warn("Entity extraction failed, handling the message without entities: {}", e.toString());
            return List.of();
        }
    }

    private static Sentiment sentiment(String text, Services services) {
        if (services.sentiment() == null) {
            return null;
        }
        try {
            return services.sentiment().analyze(text);
        } catch (RuntimeException e) {
            LOG.warn("Sentiment analysis failed, handling the message without sentiment: {}", e.toString());
            return null;
        }
    }
}
