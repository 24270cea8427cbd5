package dev.parley.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.parley.api.host.Customer;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.recommend.Recommendation;
import dev.parley.api.recommend.Recommender;

class RecommendationsResourceTest {

    private final FakeServices services = new FakeServices();
    private final RecommendationsResource resource = new RecommendationsResource(services,
            FakeServices.settings(Duration.ofSeconds(5)));

    @Test
    void knownCustomerGetsItemsWithNamesScoresAndReasons() {
        services.recommender = mock(Recommender.class);
        services.customers = mock(CustomerDirectory.class);
        when(services.customers.findById("C-1")).thenReturn(Optional.of(new Customer("C-1", null, null, null, null, null, null)));
        when(services.recommender.forCustomer("C-1", 3)).thenReturn(List.of(
                new Recommendation("SKU-2", "Rain jacket", 0.8, "because you bought Hiking boots")));

        JsonObject json = resource.recommend("C-1", "3");

        assertThat(json.get("customerId").getAsString()).isEqualTo("C-1");
        JsonObject item = json.getAsJsonArray("recommendations").get(0).getAsJsonObject();
        assertThat(item.get("itemId").getAsString()).isEqualTo("SKU-2");
        assertThat(item.get("name").getAsString()).isEqualTo("Rain jacket");
        assertThat(item.get("score").getAsDouble()).isEqualTo(0.8);
        assertThat(item.get("reason").getAsString()).isEqualTo("because you bought Hiking boots");
    }

    @Test
    void limitDefaultsToTen() {
        services.recommender = mock(Recommender.class);
        when(services.recommender.forCustomer("C-1", 10)).thenReturn(List.of(new Recommendation("SKU-2", null, 1, null)));

        assertThat(resource.recommend("C-1", null).getAsJsonArray("recommendations")).hasSize(1);
    }

    @Test
    void limitOutsideOneToFiftyIsABadRequest() {
        services.recommender = mock(Recommender.class);
        for (String limit : new String[] { "0", "51", "-1", "ten", "" }) {
            assertThatThrownBy(() -> resource.recommend("C-1", limit)).isInstanceOfSatisfying(ProblemException.class,
                    problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.field()).isEqualTo("limit");
                    });
        }
        verifyNoInteractions(services.recommender);
    }

    @Test
    void unknownCustomerIsNotFound() {
        services.recommender = mock(Recommender.class);
        services.customers = mock(CustomerDirectory.class);
        when(services.customers.findById("C-404")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> resource.recommend("C-404", "5")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(404));
        verifyNoInteractions(services.recommender);
    }

    @Test
    void noRecommenderIsUnavailable() {
        assertThatThrownBy(() -> resource.recommend("C-1", "5")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(503));
    }
}
