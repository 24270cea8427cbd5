package dev.parley.adapter.demo;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Values of a JSON tree, checked, with their JSON path in every complaint. */
final class JsonFields {

    private JsonFields() {
    }

    static JsonObject object(JsonElement element, String path) {
        if (element == null || !element.isJsonObject()) {
            throw new Invalid(path + ": expected an object {...}");
        }
        return element.getAsJsonObject();
    }

    static String text(JsonObject o, String path, String name, boolean required) {
        JsonElement value = o.get(name);
        if (value == null || value.isJsonNull()) {
            if (required) {
                throw new Invalid(path + "." + name + ": missing");
            }
            return null;
        }
        if (!value.isJsonPrimitive() || value.getAsString().isBlank()) {
            throw new Invalid(path + "." + name + ": expected a non-empty text");
        }
        return value.getAsString().strip();
    }

    static int integer(JsonObject o, String path, String name) {
        return parse(text(o, path, name, true), path + "." + name, Integer::valueOf, "a whole number");
    }

    static BigDecimal money(JsonObject o, String path, String name, boolean required) {
        String text = text(o, path, name, required);
        return text == null ? null : parse(text, path + "." + name, BigDecimal::new, "an amount like 49.90");
    }

    static <T> T parse(String text, String path, Function<String, T> parser, String expected) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new Invalid(path + ": '" + text + "' is not " + expected);
        }
    }

    /** A value is wrong; the message starts with its path. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
