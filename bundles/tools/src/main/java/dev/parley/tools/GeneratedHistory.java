package dev.parley.tools;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import dev.parley.api.nlp.Sentiment;
import dev.parley.api.risk.MessageSignals;
import dev.parley.risk.ConversationHistory;

/**
 * A made-up conversation history for back-testing escalation risk where no real one with handoffs
 * is available. What is hidden and what is observed:
 *
 * <ul>
 * <li>hidden: each customer's patience (uniform 0..1), each conversation's difficulty (uniform 0..1)
 *     and the customer's frustration, which grows with difficulty and with every message the
 *     assistant does not understand, and shrinks with patience;</li>
 * <li>a message is a real sentence of a VADER file whose human score is close to what the
 *     frustration suggests (plus noise); very frustrated customers sometimes shout or add "!!";</li>
 * <li>observed: only what the assistant would see — the sentiment model's score and emotion of the
 *     text, whether the intent was understood (more often not for difficult conversations), the
 *     text's length and capitals, and the customer's earlier handoffs;</li>
 * <li>escalation: after each message the customer asks for a person at the next one with a
 *     probability from the hidden frustration against the hidden patience, plus noise; a
 *     conversation otherwise ends when the request is resolved, or after eight messages.</li>
 * </ul>
 */
final class GeneratedHistory {

    private static final int MAX_TURNS = 8;
    private static final String[] TOPICS = { "order_status", "refund_request", "delivery_problem", "change_address",
        "product_question" };

    /** A sentence of the VADER file and its mean human score, -4..4. */
    record Sentence(double score, String text) {
    }

    private final List<Sentence> sentences;
    private final double[] scores;
    private final Function<String, Sentiment> sentiment;
    private final Random random;

    GeneratedHistory(List<Sentence> sentences, Function<String, Sentiment> sentiment, long seed) {
        this.sentences = new ArrayList<>(sentences);
        this.sentences.sort(Comparator.comparingDouble(Sentence::score));
        this.scores = this.sentences.stream().mapToDouble(Sentence::score).toArray();
        this.sentiment = sentiment;
        this.random = new Random(seed);
    }

    List<ConversationHistory> generate(int conversations) {
        int customerCount = Math.max(1, conversations / 4);
        double[] patience = new double[customerCount];
        for (int i = 0; i < customerCount; i++) {
            patience[i] = random.nextDouble();
        }
        Instant start = Instant.parse("2026-01-01T08:00:00Z");
        List<ConversationHistory> histories = new ArrayList<>(conversations);
        for (int k = 0; k < conversations; k++) {
            int customer = random.nextInt(customerCount);
            histories.add(conversation("g-" + k, "customer-" + customer, start.plus(Duration.ofMinutes(10L * k)),
                    patience[customer]));
        }
        return histories;
    }

    private ConversationHistory conversation(String id, String customer, Instant at, double patience) {
        double difficulty = random.nextDouble();
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        double frustration = Math.max(0, 0.3 * random.nextGaussian());
        List<ConversationHistory.Turn> turns = new ArrayList<>();
        for (int t = 0; t < MAX_TURNS; t++) {
            boolean understood = random.nextDouble() > 0.6 * difficulty;
            frustration = Math.max(0, frustration + 0.5 * difficulty + (understood ? -0.2 : 0.4) - 0.3 * patience
                    + 0.3 * random.nextGaussian());
            turns.add(new ConversationHistory.Turn(message(frustration, understood, topic), null));
            double hazard = sigmoid(3 * (frustration - (1.8 + patience)) + 0.5 * random.nextGaussian());
            if (random.nextDouble() < hazard) {
                // The next message asks for a person: the handoff happens at a later turn.
                frustration += 0.5;
                turns.add(new ConversationHistory.Turn(message(frustration, false, topic), "CUSTOMER_REQUEST"));
                break;
            }
            if (understood && random.nextDouble() < 0.5 * (1 - difficulty)) {
                break;
            }
        }
        return new ConversationHistory(id, customer, at, turns);
    }

    private MessageSignals message(double frustration, boolean understood, String topic) {
        double target = 1.5 - 2.0 * frustration + random.nextGaussian();
        String text = near(target);
        if (frustration > 1.5 && random.nextDouble() < 0.3) {
            text = text.toUpperCase(Locale.ROOT);
        } else if (frustration > 1.0 && random.nextDouble() < 0.4) {
            text = text + "!!";
        }
        Sentiment observed = sentiment.apply(text);
        String intent = understood ? topic : "oos";
        double confidence = understood ? 0.6 + 0.4 * random.nextDouble() : 0.45 * random.nextDouble();
        return new MessageSignals(text, intent, confidence, observed.score(), observed.emotion());
    }

    /** One of the 20 sentences whose human score is nearest the target. */
    private String near(double target) {
        int index = Arrays.binarySearch(scores, target);
        int at = index >= 0 ? index : -index - 1;
        int from = Math.max(0, Math.min(at - 10, scores.length - 20));
        int pick = Math.min(scores.length - 1, from + random.nextInt(Math.min(20, scores.length)));
        return sentences.get(pick).text();
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
