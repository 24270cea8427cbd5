package dev.parley.webhook.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServletResponse;

/** Writes the endpoint's answers: problems as {@code application/problem+json} (RFC 9457), acks as JSON. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail, String field,
            String instance) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("type", "about:blank");
        body.addProperty("title", title);
        body.addProperty("status", status);
        body.addProperty("detail", detail);
        if (instance != null) {
            body.addProperty("instance", instance);
        }
        if (field != null) {
            body.addProperty("field", field);
        }
        send(response, status, PROBLEM_JSON, body);
    }

    static void acknowledge(HttpServletResponse response, int status, String outcome) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("status", outcome);
        send(response, status, "application/json", body);
    }

    private static void send(HttpServletResponse response, int status, String type, JsonObject body)
            throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
