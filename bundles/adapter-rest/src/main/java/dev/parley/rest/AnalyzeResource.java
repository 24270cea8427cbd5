package dev.parley.rest;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonObject;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.ExtractionContext;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.Sentiment;

/**
 * {@code POST /api/v1/analyze}: intent, entities and sentiment of a text, without a conversation
 * and without storing anything, e.g. for a host that routes its own tickets.
 */
final class AnalyzeResource {

    private final ParleyServices services;
    private final Settings settings;

    AnalyzeResource(ParleyServices services, Settings settings) {
        this.services = services;
        this.settings = settings;
    }

    JsonObject analyze(JsonFields body) {
        String text = body.requiredText("text", settings.maxTextBytes());
        Locale locale = body.optionalLocale("locale");
        IntentClassifier classifier = services.classifier().orElseThrow(() -> ProblemException.unavailable(
                "no intent model is active; check /system/health", settings.retryAfterSeconds()));

        IntentPrediction prediction = classifier.classify(text);
        ExtractionContext context = new ExtractionContext(ZonedDateTime.now(ZoneOffset.UTC),
                locale != null ? locale : Locale.ENGLISH);
        List<Entity> entities = services.extractor().map(extractor -> extractor.extract(text, context)).orElse(List.of());
        Sentiment sentiment = services.sentimentAnalyzer().map(analyzer -> analyzer.analyze(text)).orElse(null);

        JsonObject json = new JsonObject();
        json.addProperty("intent", prediction.intent());
        json.addProperty("confidence", prediction.confidence());
        json.addProperty("outOfScope", prediction.outOfScope());
        json.add("alternatives", UnderstandingJson.alternatives(prediction));
        json.addProperty("intentModelVersion", prediction.modelVersion());
        json.add("entities", UnderstandingJson.entities(entities));
        json.add("sentiment", UnderstandingJson.sentiment(sentiment, true));
        return json;
    }
}
