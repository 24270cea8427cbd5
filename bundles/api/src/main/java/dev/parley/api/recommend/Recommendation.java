package dev.parley.api.recommend;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One recommended item.
 *
 * @param itemId the item's id, e.g. a SKU; not {@code null}
 * @param title the item's display name, or {@code null} if the recommender does not know it
 * @param score strength of the recommendation, {@code >= 0}, higher is better; comparable only
 *     within one list of recommendations
 * @param reason a short explanation the customer can read, e.g. "because you bought the blue
 *     T-shirt", or {@code null} if there is none
 */
@ProviderType
public record Recommendation(String itemId, String title, double score, String reason) {

    public Recommendation {
        Objects.requireNonNull(itemId, "itemId");
        if (!(score >= 0.0)) {
            throw new IllegalArgumentException("score must be >= 0 but was " + score);
        }
    }
}
