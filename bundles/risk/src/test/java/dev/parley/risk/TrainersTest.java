package dev.parley.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.parley.api.nlp.Emotion;
import dev.parley.api.risk.MessageSignals;

/** Both trainers serve the prior model with too little history, and learn what the history holds otherwise. */
class TrainersTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private final EscalationTrainer escalation = new EscalationTrainer(0.01, 30, 0.2, 0.5, -0.6);
    private final ChurnTrainer churn = new ChurnTrainer(0.01, Duration.ofDays(90), 30, 0.5);

    @Test
    void escalationServesThePriorWithTooLittleHistoryAndSaysSo() {
        FittedModel fitted = escalation.fit(conversations(10, new Random(1)), NOW);

        assertThat(fitted.info().trained()).isFalse();
        assertThat(fitted.info().note()).startsWith("prior model").contains("30 of each needed");
        assertThat(fitted.info().backtest()).isNull();
    }

    @Test
    void escalationLearnsThatFallingSentimentLeadsToAHandoff() {
        FittedModel fitted = escalation.fit(conversations(2_000, new Random(2)), NOW);

        assertThat(fitted.info().trained()).isTrue();
        assertThat(fitted.info().backtest()).isNotNull();
        assertThat(fitted.info().backtest().auc()).isGreaterThan(fitted.info().backtest().baselineAuc());
        int sentiment = EscalationFeatures.NAMES.indexOf("sentiment of the last message");
        assertThat(fitted.model().weights()[sentiment]).isNegative();
    }

    @Test
    void churnLearnsThatCustomersWhoStoppedBuyingChurn() {
        List<CustomerActivity> customers = new ArrayList<>();
        Random random = new Random(3);
        for (int c = 0; c < 400; c++) {
            // Regular customers buy every 20-40 days all year; the others stop at a random day.
            boolean regular = c % 2 == 0;
            Instant stop = NOW.minus(Duration.ofDays(regular ? 0 : 60 + random.nextInt(300)));
            List<CustomerActivity.Purchase> purchases = new ArrayList<>();
            for (Instant at = NOW.minus(Duration.ofDays(400 + random.nextInt(30))); at.isBefore(stop);
                    at = at.plus(Duration.ofDays(20 + random.nextInt(20)))) {
                purchases.add(new CustomerActivity.Purchase(at, 20 + random.nextInt(50)));
            }
            customers.add(new CustomerActivity("c" + c, purchases, List.of()));
        }

        FittedModel fitted = churn.fit(customers, NOW);

        assertThat(fitted.info().trained()).isTrue();
        assertThat(fitted.model().weights()[0]).as("days since the last purchase").isPositive();
        assertThat(fitted.info().backtest()).isNotNull();
        assertThat(fitted.info().backtest().auc()).isGreaterThan(0.8);
        assertThat(churn.fit(customers.subList(0, 20), NOW).info().trained()).isFalse();
    }

    /** Conversations whose customers are handed off after their sentiment fell below -0.5. */
    private static List<ConversationHistory> conversations(int count, Random random) {
        List<ConversationHistory> histories = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double drift = random.nextGaussian() * 0.3;
            double sentiment = 0.2;
            List<ConversationHistory.Turn> turns = new ArrayList<>();
            for (int t = 0; t < 5; t++) {
                sentiment = Math.max(-1, Math.min(1, sentiment + drift + 0.2 * random.nextGaussian()));
                boolean handOff = sentiment < -0.5 && random.nextDouble() < 0.7 && t > 0;
                turns.add(new ConversationHistory.Turn(new MessageSignals("message " + t, "order_status", 0.9,
                        sentiment, sentiment < -0.3 ? Emotion.FRUSTRATION : Emotion.NEUTRAL),
                        handOff ? "NEGATIVE_SENTIMENT" : null));
                if (handOff) {
                    break;
                }
            }
            histories.add(new ConversationHistory("k" + k, "cust" + (k % 300), NOW.minusSeconds(60L * (count - k)),
                    turns));
        }
        return histories;
    }
}
