package dev.parley.handoff;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a list-valued property. A {@code .cfg} file holds one string per property, so
 * entries are separated by commas there; a typed {@code .config} file may hold an array. Both
 * arrive as a {@code String[]} whose elements are split at commas here.
 */
final class ConfigEntries {

    private ConfigEntries() {
    }

    /** The trimmed, non-blank entries of all values, in the order written. */
    static List<String> split(String[] values) {
        List<String> entries = new ArrayList<>();
        if (values == null) {
            return entries;
        }
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String entry : value.split(",")) {
                String trimmed = entry.strip();
                if (!trimmed.isEmpty()) {
                    entries.add(trimmed);
                }
            }
        }
        return entries;
    }
}
