package dev.parley.assistant;

import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.nlp.ExtractionContext;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.ModelInfo;
import dev.parley.api.nlp.ScoredIntent;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.api.nlp.SentimentLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NLP services whose answers a test states: an intent for messages containing a phrase, a
 * sentiment for messages containing a word, and entities found by simple patterns.
 */
final class FakeNlp implements IntentClassifier, SentimentAnalyzer, EntityExtractor {

    private record Rule(String intent, double confidence, List<ScoredIntent> alternatives) {
    }

    private final Map<String, Rule> intents = new LinkedHashMap<>();
    private final Map<String, Sentiment> sentiments = new LinkedHashMap<>();
    ExtractionContext lastContext;

    /** Messages containing {@code phrase} (case-insensitive) get {@code intent}. */
    FakeNlp intent(String phrase, String intent, double confidence) {
        intents.put(phrase.toLowerCase(Locale.ROOT), new Rule(intent, confidence, List.of()));
        return this;
    }

    /** Messages containing {@code phrase} get {@code intent}, ranked above these alternatives. */
    FakeNlp intent(String phrase, String intent, double confidence, ScoredIntent... alternatives) {
        List<ScoredIntent> ranked = new ArrayList<>();
        ranked.add(new ScoredIntent(intent, confidence));
        ranked.addAll(List.of(alternatives));
        intents.put(phrase.toLowerCase(Locale.ROOT), new Rule(intent, confidence, ranked));
        return this;
    }

    /** Messages containing {@code phrase} are out of scope, with these in-scope alternatives. */
    FakeNlp outOfScope(String phrase, ScoredIntent... alternatives) {
        intents.put(phrase.toLowerCase(Locale.ROOT), new Rule(IntentPrediction.OUT_OF_SCOPE, 0.9,
                List.of(alternatives)));
        return this;
    }

    FakeNlp sentiment(String phrase, double score, Emotion emotion, double emotionConfidence) {
        SentimentLabel label = score < -0.05 ? SentimentLabel.NEGATIVE
                : score > 0.05 ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
        sentiments.put(phrase.toLowerCase(Locale.ROOT), new Sentiment(score, label, emotion, emotionConfidence,
                "1.0.0"));
        return this;
    }

    @Override
    public IntentPrediction classify(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Rule> rule : intents.entrySet()) {
            if (lower.contains(rule.getKey())) {
                Rule r = rule.getValue();
                boolean oos = r.intent().equals(IntentPrediction.OUT_OF_SCOPE);
                List<ScoredIntent> alternatives = oos || !r.alternatives().isEmpty() ? r.alternatives()
                        : List.of(new ScoredIntent(r.intent(), r.confidence()));
                return new IntentPrediction(r.intent(), r.confidence(), alternatives, oos, "1.0.0");
            }
        }
        return new IntentPrediction(IntentPrediction.OUT_OF_SCOPE, 0.9, List.of(), true, "1.0.0");
    }

    @Override
    public Sentiment analyze(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return sentiments.entrySet().stream().filter(e -> lower.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(new Sentiment(0.0, SentimentLabel.NEUTRAL, Emotion.NEUTRAL, 0.9, "1.0.0"));
    }

    @Override
    public ModelInfo model() {
        return new ModelInfo("commerce-en", "1.0.0", ModelInfo.KIND_INTENT, "en", Instant.EPOCH, Map.of());
    }

    private static final Map<String, Pattern> PATTERNS = Map.of(
            EntityTypes.ORDER_NUMBER, Pattern.compile("\\b\\d{6}\\b"),
            EntityTypes.EMAIL, Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+"),
            EntityTypes.PHONE, Pattern.compile("\\+\\d{8,15}"),
            EntityTypes.PRODUCT_CODE, Pattern.compile("\\bSKU-\\d+\\b"));

    @Override
    public List<Entity> extract(String text, ExtractionContext context) {
        lastContext = context;
        List<Entity> entities = new ArrayList<>();
        PATTERNS.forEach((type, pattern) -> {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String value = type.equals(EntityTypes.EMAIL) ? matcher.group().toLowerCase(Locale.ROOT)
                        : matcher.group();
                entities.add(new Entity(type, value, matcher.group(), matcher.start(), matcher.end(), 1.0));
            }
        });
        entities.sort(Comparator.comparingInt(Entity::start));
        return entities;
    }
}
