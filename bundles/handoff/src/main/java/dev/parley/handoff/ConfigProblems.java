package dev.parley.handoff;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a configuration, one message per entry, each naming the property, the entry
 * as written and what to do. Entries are written by the admin, never by customers, so they may be
 * logged.
 */
final class ConfigProblems {

    private final List<String> messages = new ArrayList<>();

    /** An entry that is skipped or replaced. */
    void add(String property, String entry, String problem) {
        messages.add(property + " entry '" + entry + "' " + problem);
    }

    /** A problem with a whole property. */
    void add(String message) {
        messages.add(message);
    }

    List<String> messages() {
        return List.copyOf(messages);
    }
}
