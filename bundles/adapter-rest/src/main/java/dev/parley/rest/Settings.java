package dev.parley.rest;

import java.time.Duration;

/**
 * The limits and defaults of the API, from {@link RestApiServlet.Config}, checked once so that a
 * wrong value is reported when the configuration is saved rather than on a request.
 */
record Settings(
        int maxTextBytes,
        int maxBodyBytes,
        int maxJsonDepth,
        Duration replyTimeout,
        int retryAfterSeconds,
        int maxConcurrentReplies,
        String defaultChannel) {

    Settings {
        requirePositive(maxTextBytes, "maxTextBytes");
        requirePositive(maxBodyBytes, "maxBodyBytes");
        requirePositive(maxJsonDepth, "maxJsonDepth");
        requirePositive(retryAfterSeconds, "retryAfterSeconds");
        requirePositive(maxConcurrentReplies, "maxConcurrentReplies");
        if (replyTimeout.isNegative() || replyTimeout.isZero()) {
            throw new IllegalArgumentException("replyTimeoutSeconds must be > 0 but was " + replyTimeout.toSeconds());
        }
        if (maxBodyBytes < maxTextBytes) {
            throw new IllegalArgumentException("maxBodyBytes (" + maxBodyBytes + ") must be at least maxTextBytes ("
                    + maxTextBytes + "), or no text of the allowed length could be sent");
        }
        if (!ConversationsResource.CHANNEL.matcher(defaultChannel).matches()) {
            throw new IllegalArgumentException("defaultChannel must be 1-32 lower-case letters, digits, '-' or '_' but was \""
                    + defaultChannel + "\"");
        }
    }

    static Settings of(RestApiServlet.Config config) {
        return new Settings(config.maxTextBytes(), config.maxBodyBytes(), config.maxJsonDepth(),
                Duration.ofSeconds(config.replyTimeoutSeconds()), config.retryAfterSeconds(),
                config.maxConcurrentReplies(), config.defaultChannel());
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0 but was " + value);
        }
    }
}
