package dev.parley.helpdesk;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A {@link HostRequest} as the payload of an outbox message, and back. */
public final class HostRequests {

    private HostRequests() {
    }

    public static String toJson(HostRequest request) {
        JsonObject json = new JsonObject();
        json.addProperty("method", request.method());
        json.addProperty("path", request.path());
        json.addProperty("json", request.json());
        return json.toString();
    }

    public static HostRequest fromJson(String payload) {
        JsonObject json = JsonParser.parseString(payload).getAsJsonObject();
        return new HostRequest(json.get("method").getAsString(), json.get("path").getAsString(),
                json.get("json").getAsString());
    }
}
