package dev.parley.tools;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import dev.parley.api.recommend.Recommendation;
import dev.parley.recommend.Purchase;
import dev.parley.recommend.PurchaseLog;

/**
 * A time-split evaluation: purchases before the split train, purchases from it on are what each
 * customer "should" have been recommended. Since recommendations leave out what a customer already
 * bought, the truth is the items a customer bought after the split and never before it; customers
 * without such items, or without any purchase before the split, are not evaluated.
 */
final class RecommendEvaluation {

    private final Instant testFrom;
    private final PurchaseLog training = new PurchaseLog();
    private final Map<String, Set<String>> before = new HashMap<>();
    private final Map<String, Set<String>> after = new HashMap<>();

    RecommendEvaluation(Instant testFrom) {
        this.testFrom = testFrom;
    }

    void accept(Purchase purchase) {
        if (purchase.time().isBefore(testFrom)) {
            training.add(purchase);
            before.computeIfAbsent(purchase.customerId(), key -> new HashSet<>()).add(purchase.itemId());
        } else {
            after.computeIfAbsent(purchase.customerId(), key -> new LinkedHashSet<>()).add(purchase.itemId());
        }
    }

    PurchaseLog training() {
        return training;
    }

    /** The customers evaluated and their new items. */
    Map<String, Set<String>> truth() {
        Map<String, Set<String>> truth = new HashMap<>();
        after.forEach((customer, items) -> {
            Set<String> known = before.get(customer);
            if (known != null) {
                Set<String> fresh = new HashSet<>(items);
                fresh.removeAll(known);
                if (!fresh.isEmpty()) {
                    truth.put(customer, fresh);
                }
            }
        });
        return truth;
    }

    /** Mean precision, recall and nDCG at k over the customers, and the share of items ever recommended. */
    static Metrics measure(Map<String, Set<String>> truth, int k, int itemCount,
            BiFunction<String, Integer, List<Recommendation>> recommender) {
        double precision = 0;
        double recall = 0;
        double ndcg = 0;
        Set<String> recommended = new HashSet<>();
        for (Map.Entry<String, Set<String>> customer : truth.entrySet()) {
            List<Recommendation> list = recommender.apply(customer.getKey(), k);
            Set<String> relevant = customer.getValue();
            int hits = 0;
            double dcg = 0;
            for (int rank = 0; rank < list.size(); rank++) {
                String item = list.get(rank).itemId();
                recommended.add(item);
                if (relevant.contains(item)) {
                    hits++;
                    dcg += 1 / log2(rank + 2);
                }
            }
            double ideal = 0;
            for (int rank = 0; rank < Math.min(k, relevant.size()); rank++) {
                ideal += 1 / log2(rank + 2);
            }
            precision += hits / (double) k;
            recall += hits / (double) relevant.size();
            ndcg += dcg / ideal;
        }
        int n = Math.max(1, truth.size());
        return new Metrics(precision / n, recall / n, ndcg / n, itemCount == 0 ? 0 : recommended.size() / (double) itemCount);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    record Metrics(double precision, double recall, double ndcg, double coverage) {
    }
}
