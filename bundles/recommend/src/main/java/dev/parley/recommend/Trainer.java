package dev.parley.recommend;

import java.util.HashMap;
import java.util.Map;

/** Turns a {@link PurchaseLog} into a {@link RecommendationModel}. */
public final class Trainer {

    private Trainer() {
    }

    public static RecommendationModel train(PurchaseLog log, Tuning tuning) {
        int itemCount = log.itemCount();
        Groups histories = Groups.of(log, log.customerCount(), log::customerAt);
        Groups baskets = Groups.of(log, log.basketCount(), log::basketAt);
        long latest = log.size() == 0 ? 0 : log.latestTime();

        Neighbours alsoBought = Neighbours.of(histories, itemCount, tuning.neighbours());
        Neighbours together = Neighbours.of(baskets, itemCount, tuning.neighbours());

        // Popularity counts customers, not units: one wholesaler's thousand mugs are one vote.
        double halfLife = tuning.popularityHalfLifeDays() * 86_400;
        double[] popularity = new double[itemCount];
        int[] buyers = new int[itemCount];
        for (int i = 0; i < histories.items.length; i++) {
            popularity[histories.items[i]] += Math.pow(0.5, (latest - histories.lastTimes[i]) / halfLife);
            buyers[histories.items[i]]++;
        }

        String[] itemIds = new String[itemCount];
        String[] titles = new String[itemCount];
        for (int item = 0; item < itemCount; item++) {
            itemIds[item] = log.item(item);
            titles[item] = log.title(item);
        }
        Map<String, Integer> customers = new HashMap<>(log.customerCount() * 2);
        for (int customer = 0; customer < log.customerCount(); customer++) {
            customers.put(log.customer(customer), customer);
        }
        return new RecommendationModel(tuning, itemIds, titles, customers, histories, latest, alsoBought, together,
                popularity, buyers);
    }
}
