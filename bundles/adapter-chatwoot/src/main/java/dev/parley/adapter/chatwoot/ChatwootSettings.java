package dev.parley.adapter.chatwoot;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The adapter's configuration, checked as a whole: every problem is collected and reported at
 * once, so an admin fixes the file in one go.
 *
 * @param baseUrl the Chatwoot instance, without a trailing slash
 * @param apiAccessToken the {@code api_access_token} Parley's replies are sent with; secret
 * @param webhookSecret the secret Chatwoot signs webhooks with; secret; empty only with
 *     {@code allowUnsigned}
 * @param allowUnsigned accept requests without a signature (old self-hosted Chatwoot)
 * @param accountId the Chatwoot account
 * @param teams the Chatwoot team id of each handoff queue, by lower-case queue name
 * @param defaultTeamId the team of a queue with no mapping, or 0 to assign none
 * @param ownUserId the Chatwoot user or agent bot whose token Parley uses; its messages are
 *     Parley's own, not an agent's; 0 if unknown
 * @param labelIntent add the intent as a label on handoff
 * @param labelSentiment add the sentiment as a label on handoff
 * @param maxAge the oldest signature timestamp accepted
 * @param requestTimeout the timeout of one call to Chatwoot
 */
record ChatwootSettings(URI baseUrl, String apiAccessToken, String webhookSecret, boolean allowUnsigned, long accountId,
        Map<String, Long> teams, long defaultTeamId, long ownUserId, boolean labelIntent, boolean labelSentiment,
        Duration maxAge, Duration requestTimeout) {

    /** The configuration was refused; the message lists every problem. */
    static final class InvalidConfigurationException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidConfigurationException(String message) {
            super(message);
        }
    }

    /** The team of a handoff queue: its mapping, else the default team, else none. */
    Optional<Long> teamOf(String queue) {
        Long team = queue == null ? null : teams.get(queue.toLowerCase(Locale.ROOT));
        if (team != null) {
            return Optional.of(team);
        }
        return defaultTeamId > 0 ? Optional.of(defaultTeamId) : Optional.empty();
    }

    /** Never the secrets. */
    @Override
    public String toString() {
        return "ChatwootSettings[baseUrl=" + baseUrl + ", accountId=" + accountId + ", teams=" + teams
                + ", defaultTeamId=" + defaultTeamId + ", ownUserId=" + ownUserId + ", allowUnsigned=" + allowUnsigned
                + "]";
    }

    /**
     * Reads and checks the configuration.
     *
     * @param knownQueues the handoff router's queues, lower case, or empty if they are not known
     * @throws InvalidConfigurationException naming every property that is wrong and what to put there
     */
    static ChatwootSettings of(ChatwootWebhookHandler.Config config, Set<String> knownQueues) {
        List<String> problems = new ArrayList<>();
        URI baseUrl = baseUrl(config.baseUrl(), problems);
        String token = config.apiAccessToken() == null ? "" : config.apiAccessToken().strip();
        if (token.isEmpty()) {
            problems.add("apiAccessToken is empty: copy the access token of the Chatwoot agent bot or user Parley "
                    + "answers as (Profile settings > Access token)");
        }
        String secret = config.webhookSecret() == null ? "" : config.webhookSecret().strip();
        if (secret.isEmpty() && !config.allowUnsigned()) {
            problems.add("webhookSecret is empty: copy the webhook's secret from Chatwoot, or set allowUnsigned=true "
                    + "for an old Chatwoot that does not sign its webhooks");
        }
        long accountId = positive("accountId", config.accountId(), problems);
        Map<String, Long> teams = teams(config.teamMapping(), knownQueues, problems);
        long defaultTeam = notNegative("defaultTeamId", config.defaultTeamId(), problems);
        long ownUser = notNegative("ownUserId", config.ownUserId(), problems);
        if (config.maxAgeSeconds() < 10 || config.maxAgeSeconds() > 3600) {
            problems.add("maxAgeSeconds=" + config.maxAgeSeconds() + " is outside 10..3600");
        }
        if (config.requestTimeoutSeconds() < 1 || config.requestTimeoutSeconds() > 120) {
            problems.add("requestTimeoutSeconds=" + config.requestTimeoutSeconds() + " is outside 1..120");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(ChatwootWebhookHandler.PID + " is invalid: "
                    + String.join("; ", problems));
        }
        return new ChatwootSettings(baseUrl, token, secret, config.allowUnsigned(), accountId, teams, defaultTeam,
                ownUser, config.labelIntent(), config.labelSentiment(), Duration.ofSeconds(config.maxAgeSeconds()),
                Duration.ofSeconds(config.requestTimeoutSeconds()));
    }

    private static URI baseUrl(String text, List<String> problems) {
        String value = text == null ? "" : text.strip();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add("baseUrl '" + value + "' is not an http(s) URL: put the address of the Chatwoot instance, "
                + "e.g. https://chatwoot.example.com");
        return null;
    }

    private static Map<String, Long> teams(String[] entries, Set<String> knownQueues, List<String> problems) {
        Map<String, Long> teams = new LinkedHashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            for (String part : entry.split(",")) {
                String mapping = part.strip();
                if (mapping.isEmpty()) {
                    continue;
                }
                int equals = mapping.indexOf('=');
                String queue = equals < 0 ? mapping : mapping.substring(0, equals).strip().toLowerCase(Locale.ROOT);
                Long team = equals < 0 ? null : parsePositive(mapping.substring(equals + 1).strip());
                if (team == null) {
                    problems.add("teamMapping '" + mapping + "' is not <queue>=<numeric Chatwoot team id>");
                } else if (!knownQueues.isEmpty() && !knownQueues.contains(queue)) {
                    problems.add("teamMapping names the queue '" + queue + "', which the handoff router does not "
                            + "have (its queues: " + String.join(", ", knownQueues) + ")");
                } else {
                    teams.put(queue, team);
                }
            }
        }
        return Map.copyOf(teams);
    }

    private static Long parsePositive(String text) {
        try {
            long value = Long.parseLong(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long positive(String property, long value, List<String> problems) {
        if (value <= 0) {
            problems.add(property + " must be the positive number Chatwoot shows in its URLs (/app/accounts/<id>/...)");
        }
        return value;
    }

    private static long notNegative(String property, long value, List<String> problems) {
        if (value < 0) {
            problems.add(property + " must be 0 (none) or a Chatwoot id");
        }
        return value;
    }
}
