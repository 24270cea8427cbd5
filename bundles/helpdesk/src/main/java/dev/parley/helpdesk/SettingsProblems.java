package dev.parley.helpdesk;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Checks of the properties every ticket adapter has, collecting each problem with the property it
 * is about, so one log line and the health check say all that is wrong at once.
 */
public final class SettingsProblems {

    private final List<String> problems = new ArrayList<>();

    /** Adds a problem: the property, what is wrong and what to do. */
    public void add(String problem) {
        problems.add(problem);
    }

    /** The problems so far. */
    public List<String> list() {
        return List.copyOf(problems);
    }

    /**
     * {@code baseUrl}: an http(s) URL; a trailing slash is dropped.
     *
     * @param example the URL of an account, for the problem
     * @return the URL, or a placeholder when it has a problem
     */
    public URI baseUrl(String value, String example) {
        String url = value.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        try {
            URI uri = URI.create(url);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add("baseUrl '" + value + "' must be the account's URL, e.g. " + example);
        return URI.create("https://invalid.invalid");
    }

    /**
     * {@code replyMode}: {@code reply} or {@code note}, ignoring case.
     *
     * @return whether replies are internal notes
     */
    public boolean replyAsNote(String value) {
        String mode = value.strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("reply") && !mode.equals("note")) {
            problems.add("replyMode '" + value + "' must be reply (public replies) or note (internal notes for agents)");
        }
        return mode.equals("note");
    }

    /**
     * {@code queueGroups} and {@code defaultGroupId}, checked against the handoff queues.
     *
     * @return the mapping; an empty one when it has problems
     */
    public GroupMapping groups(String[] entries, String defaultGroupId, Collection<String> queues) {
        try {
            return GroupMapping.read("queueGroups", entries, "defaultGroupId", defaultGroupId, queues);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return GroupMapping.read("queueGroups", new String[0], "defaultGroupId", "", queues);
        }
    }
}
