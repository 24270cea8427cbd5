package dev.parley.it.harness;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Talks to a running container over real HTTP: plain requests, requests as the console admin,
 * health results, and the web console's bundle list.
 */
public abstract class ContainerClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public abstract int port();

    /** The web console admin's password. */
    public abstract String consolePassword();

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    // ---- HTTP ----

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GET with the web console's admin credentials. */
    public HttpResponse<String> getAsAdmin(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Authorization", basic("admin", consolePassword())));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    }

    // ---- health ----

    public JsonObject health() {
        return JsonParser.parseString(get("/system/health").body()).getAsJsonObject();
    }

    public boolean isHealthy() {
        try {
            HttpResponse<String> response = get("/system/health");
            return response.statusCode() == 200
                    && "OK".equals(JsonParser.parseString(response.body()).getAsJsonObject().get("overallResult").getAsString());
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** The messages of one health check, e.g. "Deployed bundles", each as "STATUS message". */
    public List<String> healthMessages(String checkName) {
        List<String> messages = new ArrayList<>();
        for (JsonElement result : health().getAsJsonArray("results")) {
            JsonObject check = result.getAsJsonObject();
            if (checkName.equals(check.get("name").getAsString())) {
                for (JsonElement message : check.getAsJsonArray("messages")) {
                    JsonObject entry = message.getAsJsonObject();
                    messages.add(entry.get("status").getAsString() + " " + entry.get("message").getAsString());
                }
            }
        }
        return messages;
    }

    protected String safeHealth() {
        try {
            return get("/system/health").body();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    // ---- bundles ----

    /** The bundles as the web console lists them (symbolicName, version, state, id ...). */
    public List<JsonObject> bundles() {
        HttpResponse<String> response = getAsAdmin("/system/console/bundles.json");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("bundle list: HTTP " + response.statusCode());
        }
        JsonArray data = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("data");
        List<JsonObject> bundles = new ArrayList<>();
        data.forEach(bundle -> bundles.add(bundle.getAsJsonObject()));
        return bundles;
    }

    /** Stops a bundle through the web console, as an admin would. */
    public void stopBundle(String symbolicName) {
        long id = bundle(symbolicName).orElseThrow(() -> new IllegalArgumentException("no bundle " + symbolicName))
                .get("id").getAsLong();
        HttpResponse<String> stopped = send(HttpRequest.newBuilder(uri("/system/console/bundles/" + id))
                .header("Authorization", basic("admin", consolePassword()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=stop")));
        if (stopped.statusCode() != 200) {
            throw new IllegalStateException("stopping " + symbolicName + " answered " + stopped.statusCode());
        }
    }

    public Optional<JsonObject> bundle(String symbolicName) {
        return bundles().stream().filter(b -> symbolicName.equals(b.get("symbolicName").getAsString())).findFirst();
    }
}
