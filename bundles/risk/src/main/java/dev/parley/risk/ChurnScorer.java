package dev.parley.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.parley.api.risk.ChurnAssessment;

/** Scores a customer with the current churn model, from the store and the host's purchases. */
final class ChurnScorer {

    private final StoreHistory store;
    private final Supplier<FittedModel> model;
    private final Supplier<Map<String, List<CustomerActivity.Purchase>>> purchases;
    private final Duration history;
    private final int horizonDays;
    private final Clock clock;

    ChurnScorer(StoreHistory store, Supplier<FittedModel> model,
            Supplier<Map<String, List<CustomerActivity.Purchase>>> purchases, Duration history, int horizonDays,
            Clock clock) {
        this.store = store;
        this.model = model;
        this.purchases = purchases;
        this.history = history;
        this.horizonDays = horizonDays;
        this.clock = clock;
    }

    Optional<ChurnAssessment> assess(String customerId) {
        Instant now = clock.instant();
        List<CustomerActivity.Contact> contacts = store.contacts(now.minus(history), customerId)
                .getOrDefault(customerId, List.of());
        List<CustomerActivity.Purchase> bought = purchases.get().getOrDefault(customerId, List.of());
        if (contacts.isEmpty() && bought.isEmpty()) {
            return Optional.empty();
        }
        FittedModel fitted = model.get();
        double[] features = ChurnFeatures.of(new CustomerActivity(customerId, bought, contacts), now);
        return Optional.of(new ChurnAssessment(customerId, fitted.model().probability(features), horizonDays,
                fitted.model().factors(features, EscalationScorer.FACTORS), fitted.info()));
    }
}
