package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/** The default models and the entity extractor serve other bundles in a fresh container. */
class NlpServicesIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    @BeforeAll
    static void deployClients(@TempDir Path work) throws Exception {
        parley.deploy(TestBundles.classifyServlet(work), "clients.jar");
        Await.until("the NLP services answer", () -> parley.get(query("/it/sentiment", "ok")).statusCode() == 200
                && parley.get(query("/it/classify", "ok")).statusCode() == 200);
    }

    @Test
    void theDefaultIntentModelClassifiesShopRequests() {
        assertThat(parley.get(query("/it/classify", "Where is my parcel? I need the tracking link")).body())
                .startsWith("intent=track_order;");
        assertThat(parley.get(query("/it/classify", "I want to cancel my order 100235")).body())
                .startsWith("intent=cancel_order;");
        assertThat(parley.get(query("/it/classify", "who will win the world cup")).body()).startsWith("intent=oos;");
    }

    @Test
    void theDefaultSentimentModelFindsFeelings() {
        assertThat(parley.get(query("/it/sentiment", "This is RIDICULOUS, I want my money back NOW!!!")).body())
                .startsWith("label=NEGATIVE;emotion=ANGER;");
        assertThat(parley.get(query("/it/sentiment", "Thanks so much, perfect!")).body())
                .startsWith("label=POSITIVE;emotion=JOY;");
        assertThat(parley.get(query("/it/sentiment", "Where is my order?")).body())
                .startsWith("label=NEUTRAL;emotion=NEUTRAL;");
    }

    @Test
    void entitiesAreExtracted() {
        String entities = parley.get(query("/it/entities", "Order 100234 went to ada@example.com, I paid €25.50")).body();

        assertThat(entities.lines()).contains("order_number=100234", "email=ada@example.com", "money=25.50 EUR");
    }

    @Test
    void bothDefaultModelsAreActive() {
        String models = parley.getAsAdmin("/system/console/parley-models.json").body();

        assertThat(models).contains("\"model\":\"intent/commerce-en\"").contains("\"model\":\"sentiment/commerce-en\"");
        assertThat(models.split("\"state\":\"active\"", -1)).hasSize(3);
        assertThat(parley.healthMessages("Models")).anyMatch(m -> m.startsWith("OK intent/commerce-en 0.1.0.SNAPSHOT active"))
                .anyMatch(m -> m.startsWith("OK sentiment/commerce-en 0.1.0.SNAPSHOT active"));
    }

    private static String query(String path, String text) {
        return path + "?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
