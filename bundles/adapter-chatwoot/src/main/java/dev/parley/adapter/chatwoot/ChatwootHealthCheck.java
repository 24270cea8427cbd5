package dev.parley.adapter.chatwoot;

import java.io.IOException;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.parley.helpdesk.HandoffQueues;
import dev.parley.webhook.WebhookHandler;

/**
 * The Chatwoot adapter's health, present only when it is configured: CRITICAL naming every wrong
 * property of an invalid configuration, or while the webhook is not served (e.g. the assistant or
 * the store is missing); OK with the instance and account otherwise.
 */
@Component(service = HealthCheck.class, configurationPid = ChatwootWebhookHandler.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = {
                HealthCheck.NAME + "=Chatwoot adapter",
                HealthCheck.TAGS + "=parley",
                HealthCheck.TAGS + "=chatwoot" })
public final class ChatwootHealthCheck implements HealthCheck {

    private final String problem;
    private final String summary;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + WebhookHandler.NAME + "=" + ReplyPlan.CHANNEL + ")")
    private volatile WebhookHandler handler;

    @Activate
    public ChatwootHealthCheck(@Reference ConfigurationAdmin configurationAdmin, ChatwootWebhookHandler.Config config) {
        String invalid = null;
        String described = null;
        try {
            ChatwootSettings settings = ChatwootSettings.of(config, HandoffQueues.read(configurationAdmin));
            described = "Chatwoot " + settings.baseUrl() + " account " + settings.accountId() + " at /webhooks/"
                    + ReplyPlan.CHANNEL;
        } catch (ChatwootSettings.InvalidConfigurationException e) {
            invalid = e.getMessage();
        } catch (IOException e) {
            invalid = "the handoff router's queues (" + HandoffQueues.PID + ") cannot be read to check teamMapping: "
                    + e.getMessage();
        }
        this.problem = invalid;
        this.summary = described;
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        if (problem != null) {
            log.critical("{}", problem);
        } else if (handler == null) {
            log.critical("{}: not served; the assistant, the conversation store or the outbox is missing (see the "
                    + "other checks)", summary);
        } else {
            log.info("{}", summary);
        }
        return new Result(log);
    }
}
