package dev.parley.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.ScoredIntent;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.api.nlp.SentimentLabel;

class AnalyzeResourceTest {

    private final FakeServices services = new FakeServices();
    private final AnalyzeResource resource = new AnalyzeResource(services, FakeServices.settings(Duration.ofSeconds(5)));

    private static JsonFields body(String json) {
        return JsonFields.parse(json.getBytes(UTF_8), 16);
    }

    @Test
    void intentEntitiesAndSentimentOfOneText() {
        services.classifier = mock(IntentClassifier.class);
        services.extractor = mock(EntityExtractor.class);
        services.sentimentAnalyzer = mock(SentimentAnalyzer.class);
        String text = "cancel order 100235 please";
        when(services.classifier.classify(text)).thenReturn(new IntentPrediction("cancel_order", 0.81,
                List.of(new ScoredIntent("cancel_order", 0.81), new ScoredIntent("refund_request", 0.1)), false, "2.0.0"));
        when(services.extractor.extract(eq(text), any())).thenReturn(
                List.of(new Entity("order_number", "100235", "100235", 13, 19, 1.0)));
        when(services.sentimentAnalyzer.analyze(text)).thenReturn(
                new Sentiment(0.3, SentimentLabel.POSITIVE, Emotion.JOY, 0.6, "1.1.0"));

        JsonObject json = resource.analyze(body("{\"text\":\"" + text + "\"}"));

        assertThat(json.get("intent").getAsString()).isEqualTo("cancel_order");
        assertThat(json.get("outOfScope").getAsBoolean()).isFalse();
        assertThat(json.get("intentModelVersion").getAsString()).isEqualTo("2.0.0");
        assertThat(json.getAsJsonArray("alternatives").get(1).getAsJsonObject().get("intent").getAsString())
                .isEqualTo("refund_request");
        assertThat(json.getAsJsonArray("entities").get(0).getAsJsonObject().get("value").getAsString()).isEqualTo("100235");
        assertThat(json.getAsJsonObject("sentiment").get("label").getAsString()).isEqualTo("positive");
        assertThat(json.getAsJsonObject("sentiment").get("modelVersion").getAsString()).isEqualTo("1.1.0");
    }

    @Test
    void withoutExtractorAndSentimentOnlyTheIntentIsAnswered() {
        services.classifier = mock(IntentClassifier.class);
        when(services.classifier.classify("hm")).thenReturn(new IntentPrediction("oos", 0.7, null, true, "2.0.0"));

        JsonObject json = resource.analyze(body("{\"text\":\"hm\"}"));

        assertThat(json.get("outOfScope").getAsBoolean()).isTrue();
        assertThat(json.getAsJsonArray("entities")).isEmpty();
        assertThat(json.get("sentiment").isJsonNull()).isTrue();
    }

    @Test
    void withoutAnIntentModelItIs503() {
        assertThatThrownBy(() -> resource.analyze(body("{\"text\":\"hello\"}")))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(503));
    }
}
