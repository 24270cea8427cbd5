package dev.parley.rest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * A request's JSON object and typed, validated access to its members. Every failure is a 400
 * problem naming the member and saying what is expected.
 */
final class JsonFields {

    private static final Pattern GSON_ADVICE = Pattern.compile(
            "\\s*See https?://\\S+|Use JsonReader\\.setStrictness\\([^)]*\\) to accept ");
    private static final int MAX_ATTRIBUTES = 32;

    private final JsonObject object;

    private JsonFields(JsonObject object) {
        this.object = object;
    }

    /**
     * Parses strict JSON; an empty body is an empty object.
     *
     * @param maxDepth how deeply arrays and objects may nest
     */
    static JsonFields parse(byte[] body, int maxDepth) {
        if (body.length == 0) {
            return new JsonFields(new JsonObject());
        }
        try (JsonReader reader = new JsonReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(maxDepth);
            JsonElement element = JsonResponses.GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw ProblemException.badRequest("the body holds more than one JSON value; send one JSON object");
            }
            if (!element.isJsonObject()) {
                throw ProblemException.badRequest("the body must be a JSON object, e.g. {\"text\": \"...\"}");
            }
            return new JsonFields(element.getAsJsonObject());
        } catch (IOException | JsonParseException | IllegalStateException e) {
            String reason = GSON_ADVICE.matcher(String.valueOf(e.getMessage())).replaceAll("");
            throw ProblemException.badRequest("the body is not valid JSON: " + reason);
        }
    }

    static JsonFields of(JsonObject object) {
        return new JsonFields(object);
    }

    /** A string member, or {@code null} when absent or JSON {@code null}. */
    String optionalString(String name, int maxChars) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!isString(value)) {
            throw ProblemException.invalidField(name, name + " must be a string");
        }
        String text = value.getAsString();
        if (text.isBlank()) {
            throw ProblemException.invalidField(name, name + " must not be empty; leave it out instead");
        }
        if (text.length() > maxChars) {
            throw ProblemException.invalidField(name, name + " has " + text.length() + " characters; at most "
                    + maxChars + " are allowed");
        }
        return text;
    }

    /** A string member that matches a pattern, e.g. a channel name. */
    String optionalMatching(String name, Pattern pattern, String expected) {
        String value = optionalString(name, 200);
        if (value != null && !pattern.matcher(value).matches()) {
            throw ProblemException.invalidField(name, name + " must be " + expected);
        }
        return value;
    }

    /**
     * The customer's text: required, not blank, at most {@code maxBytes} bytes in UTF-8.
     *
     * @throws ProblemException 400 when missing, empty or not a string; 413 when too long
     */
    String requiredText(String name, int maxBytes) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            throw ProblemException.invalidField(name, name + " is missing; send the message as {\"" + name
                    + "\": \"...\"}");
        }
        if (!isString(value)) {
            throw ProblemException.invalidField(name, name + " must be a string");
        }
        String text = value.getAsString();
        if (text.isBlank()) {
            throw ProblemException.invalidField(name, name + " is empty; send the customer's message");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw ProblemException.tooLarge(name, name + " has " + bytes + " bytes in UTF-8; the maximum is "
                    + maxBytes + " (dev.parley.rest maxTextBytes)");
        }
        return text;
    }

    /**
     * A whole number from {@code min} to {@code max}, e.g. a rating.
     *
     * @throws ProblemException 400 naming the member when missing, not a whole number or out of range
     */
    int requiredInt(String name, int min, int max) {
        JsonElement value = object.get(name);
        String expected = name + " must be a whole number from " + min + " to " + max;
        if (value == null || value.isJsonNull()) {
            throw ProblemException.invalidField(name, name + " is missing; " + expected);
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw ProblemException.invalidField(name, expected + ", not a " + (isString(value) ? "string" : "structure"));
        }
        BigDecimal number = value.getAsBigDecimal();
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw ProblemException.invalidField(name, expected + ", was " + number.toPlainString());
        }
        return number.intValueExact();
    }

    /** A BCP 47 language tag such as {@code en-GB}, or {@code null}. */
    Locale optionalLocale(String name) {
        String tag = optionalString(name, 35);
        if (tag == null) {
            return null;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw ProblemException.invalidField(name, name + " must be a BCP 47 language tag such as \"en\" or \"en-GB\"");
        }
    }

    /** An object whose members are all strings, e.g. host-specific extras; empty when absent. */
    Map<String, String> optionalStringMap(String name, int maxValueChars) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return Map.of();
        }
        if (!value.isJsonObject()) {
            throw ProblemException.invalidField(name, name + " must be an object of strings");
        }
        JsonObject members = value.getAsJsonObject();
        if (members.size() > MAX_ATTRIBUTES) {
            throw ProblemException.invalidField(name, name + " has " + members.size() + " members; at most "
                    + MAX_ATTRIBUTES + " are allowed");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> member : members.entrySet()) {
            if (!isString(member.getValue())) {
                throw ProblemException.invalidField(name + "." + member.getKey(), name + "." + member.getKey()
                        + " must be a string");
            }
            String text = member.getValue().getAsString();
            if (text.length() > maxValueChars) {
                throw ProblemException.invalidField(name + "." + member.getKey(), name + "." + member.getKey()
                        + " has " + text.length() + " characters; at most " + maxValueChars + " are allowed");
            }
            map.put(member.getKey(), text);
        }
        return map;
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && ((JsonPrimitive) value).isString();
    }
}
