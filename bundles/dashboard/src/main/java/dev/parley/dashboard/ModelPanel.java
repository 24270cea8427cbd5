package dev.parley.dashboard;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import org.osgi.framework.Bundle;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.ModelInfo;
import dev.parley.api.nlp.SentimentAnalyzer;

/** The models answering on this node and the versions of Parley's bundles. */
final class ModelPanel {

    static final String PARLEY_BUNDLES = "dev.parley.";

    private ModelPanel() {
    }

    static JsonObject of(IntentClassifier classifier, SentimentAnalyzer analyzer, Bundle[] bundles) {
        JsonArray models = new JsonArray();
        models.add(model(ModelInfo.KIND_INTENT, classifier == null ? null : classifier.model()));
        models.add(model(ModelInfo.KIND_SENTIMENT, analyzer == null ? null : analyzer.model()));
        JsonArray parley = new JsonArray();
        Arrays.stream(bundles).filter(bundle -> bundle.getSymbolicName() != null
                && bundle.getSymbolicName().startsWith(PARLEY_BUNDLES))
                .sorted(Comparator.comparing(Bundle::getSymbolicName)).forEach(bundle -> {
                    JsonObject entry = new JsonObject();
                    entry.addProperty("symbolicName", bundle.getSymbolicName());
                    entry.addProperty("version", bundle.getVersion().toString());
                    entry.addProperty("state", state(bundle.getState()));
                    parley.add(entry);
                });
        JsonObject json = new JsonObject();
        json.add("models", models);
        json.add("bundles", parley);
        return json;
    }

    private static JsonObject model(String kind, ModelInfo info) {
        JsonObject json = new JsonObject();
        json.addProperty("kind", kind);
        json.addProperty("available", info != null);
        if (info != null) {
            json.addProperty("name", info.name());
            json.addProperty("version", info.version());
            json.addProperty("language", info.language());
            json.addProperty("activatedAt", info.activatedAt().toString());
            JsonObject metrics = new JsonObject();
            for (Map.Entry<String, Double> metric : info.metrics().entrySet()) {
                metrics.addProperty(metric.getKey(), metric.getValue());
            }
            json.add("metrics", metrics);
        }
        return json;
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.INSTALLED -> "installed";
            default -> "uninstalled";
        };
    }
}
