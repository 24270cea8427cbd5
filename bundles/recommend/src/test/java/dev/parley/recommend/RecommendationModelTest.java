package dev.parley.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parley.api.recommend.Recommendation;

class RecommendationModelTest {

    private static final Instant DAY0 = Instant.parse("2024-01-01T10:00:00Z");

    private final PurchaseLog log = new PurchaseLog();

    private void basket(String customer, String basket, int day, String... items) {
        for (String item : items) {
            log.add(new Purchase(customer, basket, item, "Item " + item, DAY0.plus(Duration.ofDays(day))));
        }
    }

    private static List<String> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::itemId).toList();
    }

    /** Tent and stove go together for three customers; the new customer who has the tent should get the stove. */
    @Test
    void recommendsWhatCustomersWithTheSameItemsBought() {
        basket("a", "1", 1, "tent", "stove");
        basket("b", "2", 2, "tent", "stove", "mug");
        basket("c", "3", 3, "tent", "stove");
        basket("d", "4", 4, "socks", "boots");
        basket("e", "5", 5, "tent");

        List<Recommendation> forE = Trainer.train(log, Tuning.DEFAULTS).forCustomer("e", 1);

        assertThat(ids(forE)).containsExactly("stove");
        assertThat(forE.get(0).reason()).isEqualTo("because you bought Item tent");
        assertThat(forE.get(0).title()).isEqualTo("Item stove");
    }

    @Test
    void leavesOutWhatTheCustomerAlreadyBoughtUnlessTunedOtherwise() {
        basket("a", "1", 1, "tent", "stove");
        basket("b", "2", 2, "tent", "stove");
        basket("e", "3", 3, "tent", "stove");

        assertThat(ids(Trainer.train(log, Tuning.DEFAULTS).forCustomer("e", 5))).doesNotContain("tent", "stove");
        Tuning keep = new Tuning(50, 60, 30, 1.0, false);
        assertThat(ids(Trainer.train(log, keep).forCustomer("e", 5))).contains("stove");
    }

    /** The newer of two equally similar items wins through the recency of the purchase it is similar to. */
    @Test
    void recentPurchasesWeighMoreThanOldOnes() {
        basket("a", "1", 0, "old", "fromOld");
        basket("b", "2", 0, "old", "fromOld");
        basket("c", "3", 200, "new", "fromNew");
        basket("d", "4", 200, "new", "fromNew");
        basket("e", "5", 0, "old");
        basket("e", "6", 200, "new");

        assertThat(ids(Trainer.train(log, Tuning.DEFAULTS).forCustomer("e", 2))).containsExactly("fromNew", "fromOld");
    }

    @Test
    void newCustomerGetsRecentlyPopularItems() {
        basket("a", "1", 0, "yesterday");
        basket("b", "2", 0, "yesterday");
        basket("c", "3", 0, "yesterday");
        basket("d", "4", 120, "today");
        basket("e", "5", 120, "today");

        List<Recommendation> forNewcomer = Trainer.train(log, Tuning.DEFAULTS).forCustomer("nobody", 2);

        // Two recent buyers beat three buyers four months ago: popularity halves every 30 days.
        assertThat(ids(forNewcomer)).containsExactly("today", "yesterday");
        assertThat(forNewcomer).allSatisfy(r -> assertThat(r.reason()).isEqualTo("popular this month"));
    }

    @Test
    void shortPersonalListsAreFilledWithPopularItems() {
        basket("a", "1", 1, "tent", "stove");
        basket("b", "2", 1, "mug");
        basket("c", "3", 1, "mug");
        basket("e", "4", 1, "tent");

        List<Recommendation> forE = Trainer.train(log, Tuning.DEFAULTS).forCustomer("e", 3);

        assertThat(ids(forE)).containsExactly("stove", "mug");
        assertThat(forE.get(0).score()).isGreaterThan(forE.get(1).score());
    }

    @Test
    void relatedItemsComeFromTheSameBasketsFirst() {
        basket("a", "1", 1, "tent", "pegs");
        basket("b", "2", 1, "tent", "pegs");
        basket("a", "3", 2, "lamp");
        basket("b", "4", 2, "lamp");

        List<Recommendation> related = Trainer.train(log, Tuning.DEFAULTS).relatedTo("tent", 5);

        assertThat(ids(related)).containsExactly("pegs", "lamp");
        assertThat(related.get(0).reason()).isEqualTo("often bought together with Item tent");
        assertThat(related.get(1).reason()).isEqualTo("customers who bought Item tent also bought this");
    }

    @Test
    void unknownItemHasNoRelatedItemsAndLimitMustBePositive() {
        basket("a", "1", 1, "tent", "pegs");
        RecommendationModel model = Trainer.train(log, Tuning.DEFAULTS);

        assertThat(model.relatedTo("kayak", 5)).isEmpty();
        assertThatThrownBy(() -> model.forCustomer("a", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.relatedTo("tent", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyModelRecommendsNothing() {
        assertThat(RecommendationModel.empty().forCustomer("a", 10)).isEmpty();
    }

    @Test
    void popularityBaselineRanksByBuyersWithoutDecay() {
        basket("a", "1", 0, "classic");
        basket("b", "2", 0, "classic");
        basket("c", "3", 0, "classic");
        basket("d", "4", 120, "fad");
        basket("e", "5", 120, "fad");

        RecommendationModel model = Trainer.train(log, Tuning.DEFAULTS);

        assertThat(ids(model.popularFor("nobody", 2))).containsExactly("classic", "fad");
        assertThat(ids(model.popularFor("a", 2))).containsExactly("fad");
    }
}
