package dev.parley.adapter.chatwoot;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.parley.helpdesk.GroupMapping;

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
 * @param teams the Chatwoot team of each handoff queue, else the default team ({@code defaultTeamId},
 *     0 for none), checked against the handoff router's queues as every helpdesk adapter does
 * @param ownUserId the Chatwoot user or agent bot whose token Parley uses; its messages are
 *     Parley's own, not an agent's; 0 if unknown
 * @param labelIntent add the intent as a label on handoff
 * @param labelSentiment add the sentiment as a label on handoff
 * @param maxAge the oldest signature timestamp accepted
 * @param requestTimeout the timeout of one call to Chatwoot
 */
record ChatwootSettings(URI baseUrl, String apiAccessToken, String webhookSecret, boolean allowUnsigned, long accountId,
        GroupMapping teams, long ownUserId, boolean labelIntent, boolean labelSentiment,
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
        OptionalLong team = queue == null ? OptionalLong.empty() : teams.groupFor(queue);
        return team.isPresent() ? Optional.of(team.getAsLong()) : Optional.empty();
    }

    /** Never the secrets. */
    @Override
    public String toString() {
        return "ChatwootSettings[baseUrl=" + baseUrl + ", accountId=" + accountId + ", teams=" + teams.size()
                + " queues, ownUserId=" + ownUserId + ", allowUnsigned=" + allowUnsigned + "]";
    }

    /**
     * Reads and checks the configuration.
     *
     * @param knownQueues the handoff router's queues ({@link dev.parley.helpdesk.HandoffQueues#read})
     * @throws InvalidConfigurationException naming every property that is wrong and what to put there
     */
    static ChatwootSettings of(ChatwootWebhookHandler.Config config, Collection<String> knownQueues) {
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
        long defaultTeam = notNegative("defaultTeamId", config.defaultTeamId(), problems);
        GroupMapping teams = teams(config.teamMapping(), defaultTeam, knownQueues, problems);
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
        return new ChatwootSettings(baseUrl, token, secret, config.allowUnsigned(), accountId, teams, ownUser,
                config.labelIntent(), config.labelSentiment(), Duration.ofSeconds(config.maxAgeSeconds()),
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

    private static GroupMapping teams(String[] entries, long defaultTeam, Collection<String> knownQueues,
            List<String> problems) {
        try {
            String fallback = defaultTeam > 0 ? Long.toString(defaultTeam) : "";
            return GroupMapping.read("teamMapping", entries, "defaultTeamId", fallback, knownQueues);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
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
