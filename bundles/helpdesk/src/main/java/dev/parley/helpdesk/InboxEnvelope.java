package dev.parley.helpdesk;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;

/**
 * What a helpdesk adapter keeps of an accepted webhook in the inbox: the raw body and when it
 * arrived, so processing later reads it exactly as it came, with the customer's time of writing.
 *
 * @param receivedAt when the webhook arrived
 * @param body the raw body
 */
public record InboxEnvelope(Instant receivedAt, String body) {

    /** The envelope as the inbox stores it. */
    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("receivedAt", receivedAt.toString());
        json.addProperty("body", body);
        return json.toString();
    }

    /** Reads what {@link #toJson()} wrote. */
    public static InboxEnvelope fromJson(String json) {
        JsonObject object = JsonParser.parseString(json).getAsJsonObject();
        return new InboxEnvelope(Instant.parse(object.get("receivedAt").getAsString()),
                object.get("body").getAsString());
    }
}
