package dev.parley.helpdesk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A webhook's JSON object with lenient typed access: helpdesks send ids and flags as strings or as
 * numbers and booleans depending on the template, so both are read. Paths name members in
 * problems, e.g. {@code event.comment.id}.
 */
public final class JsonPayload {

    private static final int MAX_DEPTH = 32;

    private final JsonObject object;
    private final String path;

    private JsonPayload(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    /**
     * Parses the body of a webhook.
     *
     * @param body the body as text
     * @return the payload
     * @throws MalformedPayloadException when it is not one JSON object
     */
    public static JsonPayload parse(String body) {
        try (JsonReader reader = new JsonReader(new StringReader(body))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(MAX_DEPTH);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedPayloadException("body", "the body holds more than one JSON value; send one object");
            }
            if (!element.isJsonObject()) {
                throw new MalformedPayloadException("body", "the body must be a JSON object");
            }
            return new JsonPayload(element.getAsJsonObject(), "");
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new MalformedPayloadException("body", "the body is not valid JSON");
        }
    }

    /** Whether the member exists and is not JSON {@code null}. */
    public boolean has(String name) {
        JsonElement value = object.get(name);
        return value != null && !value.isJsonNull();
    }

    /**
     * A nested object.
     *
     * @throws MalformedPayloadException when it is missing or not an object
     */
    public JsonPayload object(String name) {
        return optionalObject(name).orElseThrow(() -> new MalformedPayloadException(path(name),
                path(name) + " is missing; it must be an object"));
    }

    /** A nested object, or empty when missing; a member of another type is malformed. */
    public Optional<JsonPayload> optionalObject(String name) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonObject()) {
            throw new MalformedPayloadException(path(name), path(name) + " must be an object");
        }
        return Optional.of(new JsonPayload(value.getAsJsonObject(), path(name) + "."));
    }

    /**
     * A string or number as text, stripped; {@code null} when missing, JSON {@code null} or blank.
     *
     * @throws MalformedPayloadException when it is an object or array
     */
    public String text(String name) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive()) {
            throw new MalformedPayloadException(path(name), path(name) + " must be a string");
        }
        String text = value.getAsString().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * A string or number that must be there.
     *
     * @param what what the member should hold, for the problem, e.g. "the ticket's id"
     * @throws MalformedPayloadException when it is missing, blank or not a string
     */
    public String requiredText(String name, String what) {
        String text = text(name);
        if (text == null) {
            throw new MalformedPayloadException(path(name), path(name) + " is missing or empty; it must hold " + what);
        }
        return text;
    }

    /** A boolean, or the text {@code "true"}/{@code "false"}; {@code fallback} when missing. */
    public boolean flag(String name, boolean fallback) {
        String text = text(name);
        if (text == null) {
            return fallback;
        }
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new MalformedPayloadException(path(name), path(name) + " must be true or false");
        }
        return Boolean.parseBoolean(text);
    }

    /** An array of strings, or empty when missing. */
    public List<String> texts(String name) {
        JsonElement value = object.get(name);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isJsonNull()) {
            return texts;
        }
        if (!value.isJsonArray()) {
            throw new MalformedPayloadException(path(name), path(name) + " must be an array of strings");
        }
        for (JsonElement element : value.getAsJsonArray()) {
            if (!element.isJsonPrimitive()) {
                throw new MalformedPayloadException(path(name), path(name) + " must be an array of strings");
            }
            texts.add(element.getAsString());
        }
        return texts;
    }

    /** The path of a member, for problems. */
    public String path(String name) {
        return path + name;
    }
}
