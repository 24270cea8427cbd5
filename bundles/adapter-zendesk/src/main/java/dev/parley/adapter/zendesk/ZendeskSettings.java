package dev.parley.adapter.zendesk;

import dev.parley.helpdesk.ReplySettings;
import dev.parley.helpdesk.SettingsProblems;
import dev.parley.helpdesk.SharedSecrets;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The adapter's configuration, checked: every problem is collected with the property it is about,
 * so one log line and the health check say all that is wrong.
 */
final class ZendeskSettings {

    final URI baseUrl;
    final String authorization;
    final String signingSecret;
    final String webhookUser;
    final String webhookPassword;
    final Duration signatureMaxAge;
    final String assistantUserId;
    final ReplySettings reply;
    final List<String> problems;
    private final String handbackTag;

    private ZendeskSettings(ZendeskAdapter.Config config, Collection<String> queues) {
        SettingsProblems found = new SettingsProblems();
        baseUrl = found.baseUrl(config.baseUrl(), "https://yourcompany.zendesk.com");
        if (config.email().isBlank() || config.apiToken().isBlank()) {
            found.add("email and apiToken are required: the Zendesk agent the assistant answers as, and an API token"
                    + " (Admin Center > Apps and integrations > Zendesk API)");
        }
        authorization = SharedSecrets.basicHeader(config.email().strip() + "/token", config.apiToken().strip());
        signingSecret = config.signingSecret().strip();
        webhookUser = config.webhookUser().strip();
        webhookPassword = config.webhookPassword();
        if (signingSecret.isEmpty() && (webhookUser.isEmpty() || webhookPassword.isEmpty())) {
            found.add("set signingSecret (the webhook's signing secret) or webhookUser and webhookPassword (Basic"
                    + " authentication of the webhook); without either every webhook is refused");
        }
        if (config.signatureMaxAgeSeconds() < 1) {
            found.add("signatureMaxAgeSeconds must be at least 1");
        }
        signatureMaxAge = Duration.ofSeconds(Math.max(1, config.signatureMaxAgeSeconds()));
        assistantUserId = config.assistantUserId().strip();
        if (!assistantUserId.matches("[0-9]{1,20}")) {
            found.add("assistantUserId '" + assistantUserId + "' must be the numeric Zendesk user id of the agent"
                    + " e-mail (its profile URL ends with it), so the assistant's own comments are never taken for a"
                    + " person's");
        }
        handbackTag = config.handbackTag().strip();
        reply = new ReplySettings(found.replyAsNote(config.replyMode()), config.tagIntent(), config.tagSentiment(),
                config.handoffTag().strip(), found.groups(config.queueGroups(), config.defaultGroupId(), queues));
        problems = found.list();
    }

    static ZendeskSettings of(ZendeskAdapter.Config config, Collection<String> queues) {
        return new ZendeskSettings(config, queues);
    }

    /** Whether a Zendesk user id is the assistant's own (the API user's), so its changes are not a takeover. */
    boolean isAssistant(String userId) {
        return userId != null && !assistantUserId.isEmpty() && assistantUserId.equals(userId);
    }

    String handbackTag() {
        return handbackTag;
    }
}
