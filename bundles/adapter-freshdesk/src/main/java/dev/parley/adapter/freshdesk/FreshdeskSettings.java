package dev.parley.adapter.freshdesk;

import dev.parley.helpdesk.ReplySettings;
import dev.parley.helpdesk.SettingsProblems;
import dev.parley.helpdesk.SharedSecrets;
import java.net.URI;
import java.util.Collection;
import java.util.List;

/**
 * The adapter's configuration, checked: every problem is collected with the property it is about,
 * so one log line and the health check say all that is wrong.
 */
final class FreshdeskSettings {

    final URI baseUrl;
    final String authorization;
    final String webhookUser;
    final String webhookPassword;
    final String webhookHeader;
    final String webhookSecret;
    final String handbackTag;
    final ReplySettings reply;
    final List<String> problems;

    FreshdeskSettings(FreshdeskAdapter.Config config, Collection<String> queues) {
        SettingsProblems found = new SettingsProblems();
        baseUrl = found.baseUrl(config.baseUrl(), "https://yourcompany.freshdesk.com");
        if (config.apiKey().isBlank()) {
            found.add("apiKey is required: the API key of the Freshdesk agent the assistant answers as (Profile"
                    + " settings > View API key)");
        }
        // Freshdesk takes the API key as the Basic user with any password; "X" is what its documentation uses.
        authorization = SharedSecrets.basicHeader(config.apiKey().strip(), "X");
        webhookUser = config.webhookUser().strip();
        webhookPassword = config.webhookPassword();
        webhookHeader = config.webhookHeader().strip();
        webhookSecret = config.webhookSecret();
        boolean basic = !webhookUser.isEmpty() && !webhookPassword.isEmpty();
        boolean header = !webhookHeader.isEmpty() && !webhookSecret.isEmpty();
        if (!basic && !header) {
            found.add("set webhookUser and webhookPassword (the rule's Require authentication) or webhookHeader and"
                    + " webhookSecret (a custom header of the rule); Freshdesk signs nothing, so without either every"
                    + " webhook is refused");
        }
        handbackTag = config.handbackTag().strip();
        reply = new ReplySettings(found.replyAsNote(config.replyMode()), config.tagIntent(), config.tagSentiment(),
                config.handoffTag().strip(), found.groups(config.queueGroups(), config.defaultGroupId(), queues));
        problems = found.list();
    }
}
