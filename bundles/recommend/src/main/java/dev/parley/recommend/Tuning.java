package dev.parley.recommend;

/**
 * The knobs of training and ranking, with the defaults tuned on the development part of the
 * Online Retail data (see the README).
 *
 * @param neighbours similar items kept per item; more costs memory and rarely helps past 50
 * @param historyHalfLifeDays how fast an old purchase loses weight in "because you bought X"
 * @param popularityHalfLifeDays how fast an old purchase loses weight in popularity (cold start)
 * @param togetherWeight weight of "bought together" (same basket) next to "bought by the same
 *     customers" when ranking for a customer
 * @param excludePurchased whether items the customer already bought are left out
 */
public record Tuning(int neighbours, double historyHalfLifeDays, double popularityHalfLifeDays, double togetherWeight,
        boolean excludePurchased) {

    public static final Tuning DEFAULTS = new Tuning(50, 60, 30, 1.0, true);

    public Tuning {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be >= 1 but was " + neighbours);
        }
        if (!(historyHalfLifeDays > 0) || !(popularityHalfLifeDays > 0)) {
            throw new IllegalArgumentException("half-lives must be > 0 days");
        }
        if (!(togetherWeight >= 0)) {
            throw new IllegalArgumentException("togetherWeight must be >= 0 but was " + togetherWeight);
        }
    }
}
