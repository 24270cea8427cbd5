package dev.parley.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import dev.parley.api.recommend.Recommendation;

/**
 * A trained model, immutable and safe to share between threads: each customer's history, each
 * item's neighbours by customers ("bought by the same customers") and by baskets ("bought
 * together"), and time-decayed popularity for customers and items it knows little about.
 */
public final class RecommendationModel {

    static final String POPULAR = "popular this month";

    private final Tuning tuning;
    private final String[] itemIds;
    private final String[] titles;
    private final Map<String, Integer> itemIndex;
    private final Map<String, Integer> customerIndex;
    private final Groups histories;
    private final long latestTime;
    private final Neighbours alsoBought;
    private final Neighbours together;
    private final int[] popular;
    private final double[] popularity;
    private final int[] popularOfAllTime;

    RecommendationModel(Tuning tuning, String[] itemIds, String[] titles, Map<String, Integer> customerIndex,
            Groups histories, long latestTime, Neighbours alsoBought, Neighbours together, double[] popularity,
            int[] buyers) {
        this.tuning = tuning;
        this.itemIds = itemIds;
        this.titles = titles;
        this.customerIndex = customerIndex;
        this.histories = histories;
        this.latestTime = latestTime;
        this.alsoBought = alsoBought;
        this.together = together;
        this.popularity = popularity;
        this.itemIndex = new HashMap<>(itemIds.length * 2);
        for (int i = 0; i < itemIds.length; i++) {
            itemIndex.put(itemIds[i], i);
        }
        this.popular = byDescending(popularity);
        this.popularOfAllTime = byDescending(Arrays.stream(buyers).asDoubleStream().toArray());
    }

    /** A model that knows nothing and recommends nothing, until the first training ends. */
    public static RecommendationModel empty() {
        return Trainer.train(new PurchaseLog(), Tuning.DEFAULTS);
    }

    public int itemCount() {
        return itemIds.length;
    }

    public int customerCount() {
        return customerIndex.size();
    }

    public List<Recommendation> forCustomer(String customerId, int limit) {
        Objects.requireNonNull(customerId, "customerId");
        requireLimit(limit);
        Integer customer = customerIndex.get(customerId);
        Ranking ranking = new Ranking(itemIds.length);
        if (customer != null) {
            double halfLife = tuning.historyHalfLifeDays() * 86_400;
            for (int i = histories.start[customer]; i < histories.start[customer + 1]; i++) {
                int bought = histories.items[i];
                double recency = Math.pow(0.5, (latestTime - histories.lastTimes[i]) / halfLife);
                ranking.spread(bought, recency, alsoBought.items[bought], alsoBought.scores[bought]);
                ranking.spread(bought, recency * tuning.togetherWeight(), together.items[bought], together.scores[bought]);
                if (tuning.excludePurchased()) {
                    ranking.exclude(bought);
                }
            }
        }
        List<Recommendation> result = new ArrayList<>(limit);
        for (int item : ranking.best(limit)) {
            result.add(new Recommendation(itemIds[item], titles[item], ranking.score(item),
                    "because you bought " + name(ranking.because(item))));
            ranking.exclude(item);
        }
        fillWithPopular(result, limit, ranking);
        return List.copyOf(result);
    }

    /**
     * The popularity baseline: the items most customers bought, over all the training time, that
     * this customer has not bought; nothing personal and no decay.
     */
    public List<Recommendation> popularFor(String customerId, int limit) {
        requireLimit(limit);
        Ranking ranking = new Ranking(itemIds.length);
        Integer customer = customerIndex.get(customerId);
        if (customer != null && tuning.excludePurchased()) {
            for (int i = histories.start[customer]; i < histories.start[customer + 1]; i++) {
                ranking.exclude(histories.items[i]);
            }
        }
        List<Recommendation> result = new ArrayList<>(limit);
        for (int i = 0; i < popularOfAllTime.length && result.size() < limit; i++) {
            int item = popularOfAllTime[i];
            if (!ranking.isExcluded(item)) {
                result.add(new Recommendation(itemIds[item], titles[item], popularOfAllTime.length - i, "popular"));
            }
        }
        return List.copyOf(result);
    }

    public List<Recommendation> relatedTo(String itemId, int limit) {
        Objects.requireNonNull(itemId, "itemId");
        requireLimit(limit);
        Integer item = itemIndex.get(itemId);
        if (item == null) {
            return List.of();
        }
        List<Recommendation> result = new ArrayList<>(limit);
        Ranking taken = new Ranking(itemIds.length);
        taken.exclude(item);
        addNeighbours(result, limit, taken, together, item, "often bought together with ");
        addNeighbours(result, limit, taken, alsoBought, item, "customers who bought " + name(item) + " also bought this");
        return List.copyOf(result);
    }

    private void addNeighbours(List<Recommendation> result, int limit, Ranking taken, Neighbours neighbours, int item,
            String reason) {
        int[] items = neighbours.items[item];
        for (int i = 0; i < items.length && result.size() < limit; i++) {
            if (!taken.isExcluded(items[i])) {
                taken.exclude(items[i]);
                String text = reason.endsWith(" ") ? reason + name(item) : reason;
                result.add(new Recommendation(itemIds[items[i]], titles[items[i]], neighbours.scores[item][i], text));
            }
        }
    }

    private void fillWithPopular(List<Recommendation> result, int limit, Ranking ranking) {
        // Popular items rank below every personal suggestion: their scores are scaled under the lowest one.
        double ceiling = result.isEmpty() ? 1.0 : result.get(result.size() - 1).score();
        for (int i = 0; i < popular.length && result.size() < limit; i++) {
            int item = popular[i];
            if (!ranking.isExcluded(item) && popularity[item] > 0) {
                ranking.exclude(item);
                double score = ceiling * popularity[item] / (popularity[popular[0]] + 1.0);
                result.add(new Recommendation(itemIds[item], titles[item], score, POPULAR));
            }
        }
    }

    private String name(int item) {
        return titles[item] != null ? titles[item] : itemIds[item];
    }

    private static void requireLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
        }
    }

    private static int[] byDescending(double[] values) {
        return IntStream.range(0, values.length).boxed()
                .sorted((a, b) -> values[a] != values[b] ? Double.compare(values[b], values[a]) : a - b)
                .mapToInt(Integer::intValue).toArray();
    }

    /** Candidate scores for one request, with the history item that contributed most to each. */
    private static final class Ranking {
        private final double[] scores;
        private final double[] bestContribution;
        private final int[] because;
        private final boolean[] excluded;
        private int[] touched = new int[64];
        private int touchedCount;

        Ranking(int itemCount) {
            scores = new double[itemCount];
            bestContribution = new double[itemCount];
            because = new int[itemCount];
            excluded = new boolean[itemCount];
        }

        void spread(int from, double weight, int[] items, float[] similarities) {
            if (weight <= 0) {
                return;
            }
            for (int i = 0; i < items.length; i++) {
                int item = items[i];
                double contribution = weight * similarities[i];
                if (scores[item] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = item;
                }
                scores[item] += contribution;
                if (contribution > bestContribution[item]) {
                    bestContribution[item] = contribution;
                    because[item] = from;
                }
            }
        }

        void exclude(int item) {
            excluded[item] = true;
        }

        boolean isExcluded(int item) {
            return excluded[item];
        }

        double score(int item) {
            return scores[item];
        }

        int because(int item) {
            return because[item];
        }

        int[] best(int limit) {
            return Arrays.stream(touched, 0, touchedCount).filter(item -> !excluded[item] && scores[item] > 0).boxed()
                    .sorted((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : a - b)
                    .limit(limit).mapToInt(Integer::intValue).toArray();
        }
    }
}
