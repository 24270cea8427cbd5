package dev.parley.adapter.osticket;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import dev.parley.api.Priority;

/**
 * Checks the adapter's configuration, collecting every problem with the property, the value and
 * what to do, so an admin fixes them in one go. Queues are checked against the handoff router's,
 * so the adapter never maps a queue the router cannot choose.
 */
final class SettingsReader {

    /** The outcome: settings, or why there are none. */
    record Result(Optional<OsTicketSettings> settings, boolean configured, List<String> problems) {
    }

    /** osTicket's ticket sources. */
    static final List<String> SOURCES = List.of("API", "Web", "Email", "Phone", "Other");
    static final int MIN_TIMEOUT_MILLIS = 100;
    static final int MAX_TIMEOUT_MILLIS = 60_000;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,8}");

    private SettingsReader() {
    }

    /**
     * @param config the configuration
     * @param routerQueues the handoff router's queues, or empty when no router says which
     */
    static Result read(OsTicketAdapter.Config config, Optional<Set<String>> routerQueues) {
        String base = config.baseUrl().strip();
        if (base.isEmpty()) {
            return new Result(Optional.empty(), false, List.of());
        }
        List<String> problems = new ArrayList<>();
        URI baseUrl = baseUrl(base, problems);
        String apiKey = config.apiKey().strip();
        if (apiKey.isEmpty()) {
            problems.add("apiKey is empty: create an API key in osTicket (Admin panel > Manage > API Keys) for this "
                    + "container's IP address and set it");
        }
        Map<String, Integer> topics = topics(config.topics(), routerQueues, problems);
        OptionalInt defaultTopic = OptionalInt.empty();
        String defaultTopicText = config.defaultTopicId().strip();
        if (!defaultTopicText.isEmpty()) {
            if (ID.matcher(defaultTopicText).matches()) {
                defaultTopic = OptionalInt.of(Integer.parseInt(defaultTopicText));
            } else {
                problems.add("defaultTopicId '" + defaultTopicText + "' is not a help topic id: use the number "
                        + "osTicket shows for the topic (Admin panel > Manage > Help Topics), or leave it empty");
            }
        }
        Map<Priority, Integer> priorities = priorities(config.priorities(), problems);
        String source = SOURCES.stream().filter(known -> known.equalsIgnoreCase(config.source().strip())).findFirst()
                .orElse(null);
        if (source == null) {
            problems.add("source '" + config.source() + "' is not one of osTicket's sources " + SOURCES);
        }
        String anonymousEmail = config.anonymousEmail().strip();
        if (!anonymousEmail.isEmpty() && !EMAIL.matcher(anonymousEmail).matches()) {
            problems.add("anonymousEmail is not an e-mail address: use a mailbox of yours, or leave it empty");
        }
        String anonymousName = config.anonymousName().strip().isEmpty() ? "Chat customer"
                : config.anonymousName().strip();
        Duration connect = timeout("connectTimeoutMillis", config.connectTimeoutMillis(), problems);
        Duration read = timeout("readTimeoutMillis", config.readTimeoutMillis(), problems);
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), true, List.copyOf(problems));
        }
        return new Result(Optional.of(new OsTicketSettings(baseUrl, apiKey, topics, defaultTopic, priorities, source,
                config.alert(), config.autorespond(), anonymousName, anonymousEmail, connect, read,
                config.service_ranking())), true, List.of());
    }

    private static URI baseUrl(String text, List<String> problems) {
        String trimmed = text.replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                problems.add("baseUrl '" + text + "' is not an http(s) address of osTicket's root, e.g. "
                        + "https://help.example.com (the API is {baseUrl}/api/tickets.json)");
                return null;
            }
            if (trimmed.endsWith("/api") || trimmed.contains("/api/")) {
                problems.add("baseUrl '" + text + "' names the API; use osTicket's root, e.g. https://help.example.com");
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add("baseUrl '" + text + "' is not a URL: " + e.getReason());
            return null;
        }
    }

    private static Map<String, Integer> topics(String[] entries, Optional<Set<String>> routerQueues,
            List<String> problems) {
        Map<String, Integer> topics = new LinkedHashMap<>();
        Set<String> known = routerQueues.map(SettingsReader::lowerCase).orElse(null);
        for (String entry : split(entries)) {
            int equals = entry.lastIndexOf('=');
            String queue = equals < 0 ? entry : entry.substring(0, equals).strip();
            String id = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (equals <= 0 || queue.isEmpty()) {
                problems.add("topics entry '" + entry + "' is not <queue>=<help topic id>, e.g. shipping=7");
            } else if (!ID.matcher(id).matches()) {
                problems.add("topics entry '" + entry + "': '" + id + "' is not a help topic id; use the number "
                        + "osTicket shows for the topic (Admin panel > Manage > Help Topics)");
            } else if (known != null && !known.contains(queue.toLowerCase(Locale.ROOT))) {
                problems.add("topics entry '" + entry + "': the handoff router has no queue '" + queue + "' (its "
                        + "queues: " + String.join(", ", routerQueues.get()) + "); add it to queues in etc/"
                        + "dev.parley.handoff.cfg or fix the name");
            } else if (topics.putIfAbsent(queue.toLowerCase(Locale.ROOT), Integer.parseInt(id)) != null) {
                problems.add("topics maps queue '" + queue + "' twice; keep one entry");
            }
        }
        return Collections.unmodifiableMap(topics);
    }

    private static Map<Priority, Integer> priorities(String[] entries, List<String> problems) {
        Map<Priority, Integer> priorities = new EnumMap<>(Priority.class);
        for (String entry : split(entries)) {
            int equals = entry.indexOf('=');
            String name = equals < 0 ? entry : entry.substring(0, equals).strip();
            String id = equals < 0 ? "" : entry.substring(equals + 1).strip();
            Priority priority = null;
            for (Priority candidate : Priority.values()) {
                if (candidate.name().equalsIgnoreCase(name)) {
                    priority = candidate;
                }
            }
            if (priority == null || !ID.matcher(id).matches()) {
                problems.add("priorities entry '" + entry + "' is not <low|normal|high|urgent>=<osTicket priority id>,"
                        + " e.g. high=3");
            } else {
                priorities.put(priority, Integer.parseInt(id));
            }
        }
        return Collections.unmodifiableMap(priorities);
    }

    private static Duration timeout(String property, int millis, List<String> problems) {
        if (millis < MIN_TIMEOUT_MILLIS || millis > MAX_TIMEOUT_MILLIS) {
            problems.add(property + " " + millis + " is outside " + MIN_TIMEOUT_MILLIS + " to " + MAX_TIMEOUT_MILLIS);
        }
        return Duration.ofMillis(millis);
    }

    /** The handoff router's {@code queues} service property: a comma-separated text or a list. */
    static Optional<Set<String>> queuesOf(Object property) {
        Collection<?> values;
        if (property instanceof String[] array) {
            values = List.of(array);
        } else if (property instanceof Collection<?> collection) {
            values = collection;
        } else if (property instanceof String text) {
            values = List.of(text);
        } else {
            return Optional.empty();
        }
        Set<String> queues = new LinkedHashSet<>(split(values.stream().map(String::valueOf).toArray(String[]::new)));
        return queues.isEmpty() ? Optional.empty() : Optional.of(queues);
    }

    /** Entries of a list property: each value may hold several, comma-separated (a .cfg file's lists). */
    static List<String> split(String[] values) {
        List<String> entries = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String entry : value.split(",")) {
                    if (!entry.isBlank()) {
                        entries.add(entry.strip());
                    }
                }
            }
        }
        return entries;
    }

    private static Set<String> lowerCase(Set<String> names) {
        Set<String> lower = new LinkedHashSet<>();
        names.forEach(name -> lower.add(name.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
