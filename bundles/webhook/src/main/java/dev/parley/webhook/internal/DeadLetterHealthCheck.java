package dev.parley.webhook.internal;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * WARN while the inbox or the outbox holds dead letters, naming how to list and replay them; OK with
 * the figures otherwise.
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=Webhooks and outbox",
        HealthCheck.TAGS + "=parley",
        HealthCheck.TAGS + "=webhooks" })
public final class DeadLetterHealthCheck implements HealthCheck {

    private final DeadLetters deadLetters;

    @Activate
    public DeadLetterHealthCheck(@Reference WebhookQueues queues) {
        this.deadLetters = new DeadLetters(queues);
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        try {
            DeadLetters.Counts counts = deadLetters.counts();
            if (counts.dead() > 0) {
                log.warn("{} dead letters (outbox {}, inbox {}): calls to a helpdesk or webhook events that failed "
                        + "for good; list them with 'parley:outbox list' or /system/console/parley-outbox.json, fix "
                        + "the cause and replay them", counts.dead(), counts.outbox().dead(), counts.inbox().dead());
            }
            log.info("Outbox: {} pending, {} delivered; inbox: {} pending, {} processed", counts.outbox().pending(),
                    counts.outbox().done(), counts.inbox().pending(), counts.inbox().done());
        } catch (RuntimeException e) {
            log.critical("Webhook inbox and outbox cannot be read: {}", e.getMessage());
        }
        return new Result(log);
    }
}
