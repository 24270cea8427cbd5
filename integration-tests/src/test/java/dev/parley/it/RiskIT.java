package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.ParleyApi;
import dev.parley.it.harness.ParleyContainer;

/**
 * Escalation and churn risk over HTTP against the container as it ships, with a low predicted
 * escalation threshold (0.4): a calm conversation rates low and stays with the assistant, one
 * that turns into shouting rates higher and is handed to a person with the PREDICTED_ESCALATION
 * trigger before any rule fires; churn is answered for a demo customer and refused for an unknown one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskIT {

    private static final String API_KEY = "it-" + UUID.randomUUID();

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", API_KEY)
            .withConfiguration("dev.parley.assistant.cfg", "predictedEscalationThreshold=0.4\n");

    private ParleyApi api;

    @BeforeAll
    void client() {
        api = new ParleyApi(parley, API_KEY);
    }

    @Test
    void healthNamesTheModelThatAnswersEscalationAndChurn() {
        assertThat(parley.healthMessages("Risk models")).hasSize(2)
                .anyMatch(message -> message.startsWith("OK Escalation risk: "))
                .anyMatch(message -> message.startsWith("OK Churn risk: "));
    }

    @Test
    void aConversationThatTurnsAngryRatesHigherThanACalmOneAndGoesToAPersonEarly() {
        String calm = api.newConversation("C-1001");
        assertThat(api.say(calm, "Hello").get("handoff").isJsonNull()).isTrue();
        assertThat(api.say(calm, "Where is my order 100234?").get("handoff").isJsonNull()).isTrue();
        JsonObject calmRisk = risk("/api/v1/conversations/" + calm + "/escalation-risk", 200);

        String angry = api.newConversation("C-1002");
        assertThat(api.say(angry, "Where is my order 100234?").get("handoff").isJsonNull()).isTrue();
        // Neutral sentiment and no anger: the rules would not hand off; the shouting and frustration do.
        JsonObject shouted = api.say(angry, "WHY IS MY ORDER STILL NOT HERE");
        JsonObject angryRisk = risk("/api/v1/conversations/" + angry + "/escalation-risk", 200);

        assertThat(calmRisk.get("probability").getAsDouble()).isLessThan(0.4);
        assertThat(angryRisk.get("probability").getAsDouble()).isGreaterThanOrEqualTo(0.4)
                .isGreaterThan(calmRisk.get("probability").getAsDouble());
        assertThat(angryRisk.getAsJsonArray("factors").toString()).contains("shouting");
        assertThat(shouted.get("handoff").isJsonObject()).as(shouted.toString()).isTrue();
        assertThat(shouted.getAsJsonObject("handoff").get("trigger").getAsString())
                .isEqualToIgnoringCase("predicted_escalation");
        assertThat(api.conversation(angry).get("owner").getAsString()).isEqualToIgnoringCase("human");
        assertThat(api.conversation(calm).get("owner").getAsString()).isEqualToIgnoringCase("assistant");
        // Too little history in a fresh container: the prior model, and it says so.
        JsonObject model = angryRisk.getAsJsonObject("model");
        assertThat(model.get("trained").getAsBoolean()).isFalse();
        assertThat(model.get("note").getAsString()).startsWith("prior model");
    }

    @Test
    void churnRiskOfAKnownCustomerAndNoneOfAnUnknownOne() {
        api.say(api.newConversation("C-1003"), "Hello");

        JsonObject churn = risk("/api/v1/customers/C-1003/churn-risk", 200);
        assertThat(churn.get("customerId").getAsString()).isEqualTo("C-1003");
        assertThat(churn.get("probability").getAsDouble()).isBetween(0.0, 1.0);
        assertThat(churn.get("horizonDays").getAsInt()).isEqualTo(90);
        assertThat(churn.getAsJsonObject("model").has("note")).isTrue();

        JsonObject unknown = risk("/api/v1/customers/no-such-customer/churn-risk", 404);
        assertThat(unknown.get("detail").getAsString()).contains("no-such-customer");
        risk("/api/v1/conversations/no-such-conversation/escalation-risk", 404);
    }

    private JsonObject risk(String path, int status) {
        HttpResponse<String> response = parley.send(HttpRequest.newBuilder(parley.uri(path))
                .header("X-API-Key", API_KEY).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
        }
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
