package dev.parley.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServletResponse;

/** Writes problems as {@code application/problem+json} (RFC 9457). */
final class ProblemWriter {

    static final String PROBLEM_JSON = "application/problem+json";

    private ProblemWriter() {
    }

    static JsonObject toJson(ProblemException problem, String instance) {
        JsonObject body = new JsonObject();
        body.addProperty("type", problem.type());
        body.addProperty("title", problem.title());
        body.addProperty("status", problem.status());
        body.addProperty("detail", problem.detail());
        if (instance != null) {
            body.addProperty("instance", instance);
        }
        if (problem.field() != null) {
            body.addProperty("field", problem.field());
        }
        for (Map.Entry<String, String> extension : problem.extensions().entrySet()) {
            body.addProperty(extension.getKey(), extension.getValue());
        }
        return body;
    }

    static void write(HttpServletResponse response, ProblemException problem, String instance) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(problem.status());
        problem.headers().forEach(response::setHeader);
        byte[] body = JsonResponses.GSON.toJson(toJson(problem, instance)).getBytes(StandardCharsets.UTF_8);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
