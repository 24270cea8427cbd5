package dev.parley.webhook.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.store.schema.StoreDatabase;

/**
 * The inbox and outbox tables in the store's database, migrated when the store is ready, their
 * settings, and the periodic purge of rows done longer ago than the retention. The endpoint, the
 * outbox and the admin tools reference this component, so they appear once the tables are there.
 */
@Component(service = WebhookQueues.class, configurationPid = WebhookQueues.PID)
@Designate(ocd = WebhookQueues.Config.class)
public final class WebhookQueues {

    public static final String PID = "dev.parley.webhook";
    static final String MODULE = "webhook";
    static final String SCRIPTS = "db/webhook";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookQueues.class);

    @ObjectClassDefinition(name = "Parley webhooks and outbox",
            description = "The endpoint /webhooks/<name> for helpdesk adapters, its inbox of accepted events and the "
                    + "outbox of calls to the helpdesks, both kept in the conversation store's database.")
    public @interface Config {
        @AttributeDefinition(description = "Events processed at the same time, and calls to helpdesks made at the "
                + "same time, by this container (each; 1-64).")
        int workers() default 4;

        @AttributeDefinition(description = "Attempts at an event or a call before it becomes a dead letter (1-100).")
        int maxAttempts() default 12;

        @AttributeDefinition(description = "Hours after which an event or call that still fails becomes a dead "
                + "letter, whatever the number of attempts (1-720).")
        int maxAgeHours() default 24;

        @AttributeDefinition(description = "Milliseconds before the first retry; each further retry waits twice as "
                + "long, with random jitter, up to backoffMaxSeconds (10-600000).")
        int backoffBaseMillis() default 1000;

        @AttributeDefinition(description = "Longest wait between two retries, in seconds, unless the helpdesk asks for "
                + "longer with Retry-After (1-86400).")
        int backoffMaxSeconds() default 300;

        @AttributeDefinition(description = "Largest webhook body accepted, in bytes; larger ones are answered 413 "
                + "(1024-16777216).")
        int maxBodyBytes() default 1048576;

        @AttributeDefinition(description = "Hours a processed event or delivered call is kept before it is purged; "
                + "dead letters are kept until replayed (1-8760).")
        int retentionHours() default 168;

        @AttributeDefinition(description = "Milliseconds between two looks for due events and calls, e.g. retries "
                + "or rows another container added (50-60000).")
        int pollMillis() default 1000;

        @AttributeDefinition(description = "Seconds a container may hold an event or call it works on; after that "
                + "another container may take it over, so keep it above the longest call (10-3600).")
        int leaseSeconds() default 120;
    }

    private final DurableQueue inbox;
    private final DurableQueue outbox;
    private final Settings settings;
    private final ScheduledExecutorService purger;

    @Activate
    public WebhookQueues(@Reference StoreDatabase database, Config config) {
        database.migrate(MODULE, WebhookQueues.class.getClassLoader(), SCRIPTS);
        Clock clock = Clock.systemUTC();
        this.settings = Settings.of(config);
        this.inbox = new DurableQueue(database.dataSource(), "webhook_inbox", clock);
        this.outbox = new DurableQueue(database.dataSource(), "webhook_outbox", clock);
        this.purger = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "parley-webhook-purge");
            thread.setDaemon(true);
            return thread;
        });
        purger.scheduleWithFixedDelay(() -> purge(clock), 1, 60, TimeUnit.MINUTES);
        LOG.info("Webhook inbox and outbox ready: {} workers each, {} attempts within {} h, bodies up to {} bytes",
                settings.workers(), settings.retryPolicy().maxAttempts(), settings.retryPolicy().maxAge().toHours(),
                settings.maxBodyBytes());
    }

    @Deactivate
    void deactivate() {
        purger.shutdownNow();
    }

    private void purge(Clock clock) {
        try {
            var before = clock.instant().minus(settings.retention());
            int purged = inbox.purge(before) + outbox.purge(before);
            if (purged > 0) {
                LOG.info("Webhook inbox and outbox: purged {} rows done before {}", purged, before);
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook inbox and outbox: purge failed, trying again in an hour: {}", e.getMessage());
        }
    }

    DurableQueue inbox() {
        return inbox;
    }

    DurableQueue outbox() {
        return outbox;
    }

    Settings settings() {
        return settings;
    }

    /** The configuration, checked: a value out of range is logged and its default used. */
    record Settings(int workers, RetryPolicy retryPolicy, int maxBodyBytes, Duration retention,
            Duration pollInterval, Duration lease) {

        static Settings of(Config config) {
            return new Settings(
                    within("workers", config.workers(), 1, 64, 4),
                    new RetryPolicy(within("maxAttempts", config.maxAttempts(), 1, 100, 12),
                            Duration.ofHours(within("maxAgeHours", config.maxAgeHours(), 1, 720, 24)),
                            Duration.ofMillis(within("backoffBaseMillis", config.backoffBaseMillis(), 10, 600_000, 1000)),
                            Duration.ofSeconds(within("backoffMaxSeconds", config.backoffMaxSeconds(), 1, 86_400, 300))),
                    within("maxBodyBytes", config.maxBodyBytes(), 1024, 16_777_216, 1_048_576),
                    Duration.ofHours(within("retentionHours", config.retentionHours(), 1, 8760, 168)),
                    Duration.ofMillis(within("pollMillis", config.pollMillis(), 50, 60_000, 1000)),
                    Duration.ofSeconds(within("leaseSeconds", config.leaseSeconds(), 10, 3600, 120)));
        }

        QueueWorker.Settings worker() {
            return new QueueWorker.Settings(workers, pollInterval, lease, retryPolicy, Duration.ofSeconds(10));
        }

        private static int within(String property, int value, int min, int max, int fallback) {
            if (value < min || value > max) {
                LOG.warn("{}: {}={} is outside {}..{}; using {}", PID, property, value, min, max, fallback);
                return fallback;
            }
            return value;
        }
    }
}
