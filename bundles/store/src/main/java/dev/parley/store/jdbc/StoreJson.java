package dev.parley.store.jdbc;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/** The JSON text of the columns that hold collections: a conversation's slots, quick replies. */
final class StoreJson {

    private static final Gson GSON = new Gson();
    private static final Type SLOTS = new TypeToken<Map<String, String>>() { }.getType();
    private static final Type REPLIES = new TypeToken<List<String>>() { }.getType();

    private StoreJson() {
    }

    /** Sorted keys, so that equal slots are equal text. */
    static String slots(Map<String, String> slots) {
        return GSON.toJson(new TreeMap<>(slots), SLOTS);
    }

    static Map<String, String> slots(String json) {
        Map<String, String> slots = GSON.fromJson(json, SLOTS);
        return slots == null ? Map.of() : slots;
    }

    /** {@code null} for none, to keep the common case an empty column. */
    static String quickReplies(List<String> replies) {
        return replies.isEmpty() ? null : GSON.toJson(replies, REPLIES);
    }

    static List<String> quickReplies(String json) {
        if (json == null) {
            return List.of();
        }
        List<String> replies = GSON.fromJson(json, REPLIES);
        return replies == null ? List.of() : replies;
    }
}
