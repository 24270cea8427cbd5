package dev.parley.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

import jakarta.servlet.http.HttpServletResponse;

/** Writes successful JSON answers; absent values are written as {@code null}, not left out. */
final class JsonResponses {

    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private JsonResponses() {
    }

    static void write(HttpServletResponse response, int status, JsonElement body) throws IOException {
        byte[] bytes = GSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
