package dev.parley.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.recommend.Recommendation;
import dev.parley.api.recommend.Recommender;

/** {@code GET /api/v1/customers/{id}/recommendations?limit=10}: what to suggest to a customer, with reasons. */
final class RecommendationsResource {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final ParleyServices services;
    private final Settings settings;

    RecommendationsResource(ParleyServices services, Settings settings) {
        this.services = services;
        this.settings = settings;
    }

    /**
     * Recommends items to a known customer. Without a customer directory every id is taken as
     * known, and a customer the recommender has no history of gets popular items.
     *
     * @param limitParameter the {@code limit} query parameter, or {@code null}
     */
    JsonObject recommend(String customerId, String limitParameter) {
        int limit = limit(limitParameter);
        Recommender recommender = services.recommender().orElseThrow(() -> ProblemException.unavailable(
                "no recommender is running; check that the recommendations bundle is active", settings.retryAfterSeconds()));
        CustomerDirectory directory = services.customers().orElse(null);
        if (directory != null && directory.findById(customerId).isEmpty()) {
            throw ProblemException.notFound("there is no customer " + customerId + " in the host's customer directory");
        }
        JsonArray items = new JsonArray();
        for (Recommendation recommendation : recommender.forCustomer(customerId, limit)) {
            JsonObject item = new JsonObject();
            item.addProperty("itemId", recommendation.itemId());
            item.addProperty("name", recommendation.title());
            item.addProperty("score", recommendation.score());
            item.addProperty("reason", recommendation.reason());
            items.add(item);
        }
        JsonObject json = new JsonObject();
        json.addProperty("customerId", customerId);
        json.add("recommendations", items);
        return json;
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("limit", "limit must be a whole number from 1 to " + MAX_LIMIT
                + ", e.g. ?limit=" + DEFAULT_LIMIT);
    }
}
