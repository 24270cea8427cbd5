package dev.parley.it.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A host calling Parley's REST API with an API key, as a CRM does. */
public final class ParleyApi {

    private final ContainerClient container;
    private final String apiKey;

    public ParleyApi(ContainerClient container, String apiKey) {
        this.container = container;
        this.apiKey = apiKey;
    }

    /** Opens a conversation for a customer of the host, or an anonymous one with {@code null}. */
    public String newConversation(String customerId) {
        JsonObject body = new JsonObject();
        if (customerId != null) {
            body.addProperty("customerId", customerId);
        }
        body.addProperty("channel", "web");
        HttpResponse<String> created = post("/api/v1/conversations", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsString();
    }

    /** Sends a customer message and returns the 200 answer. */
    public JsonObject say(String conversationId, String text) {
        return say(conversationId, text, null);
    }

    /** Sends a customer message with the host's message id and returns the 200 answer. */
    public JsonObject say(String conversationId, String text, String messageId) {
        JsonObject body = new JsonObject();
        body.addProperty("text", text);
        if (messageId != null) {
            body.addProperty("messageId", messageId);
        }
        HttpResponse<String> answer = post("/api/v1/conversations/" + conversationId + "/messages", body);
        assertThat(answer.statusCode()).as("%s -> %s", text, answer.body()).isEqualTo(200);
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    public JsonObject conversation(String conversationId) {
        HttpResponse<String> read = container.send(HttpRequest.newBuilder(container.uri("/api/v1/conversations/"
                + conversationId)).header("X-API-Key", apiKey).GET());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return JsonParser.parseString(read.body()).getAsJsonObject();
    }

    public HttpResponse<String> post(String path, JsonObject body) {
        return container.send(HttpRequest.newBuilder(container.uri(path)).header("X-API-Key", apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }
}
