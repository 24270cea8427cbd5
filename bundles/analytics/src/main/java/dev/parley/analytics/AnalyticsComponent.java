package dev.parley.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.analytics.AnalyticsSummary;
import dev.parley.api.analytics.DailyFigures;
import dev.parley.api.analytics.RatingOutcome;
import dev.parley.api.analytics.ServiceAnalytics;
import dev.parley.store.schema.StoreDatabase;

/**
 * The {@link ServiceAnalytics} service: migrates the analytics tables once the store's database
 * is there, keeps the per-conversation rollup up to date in the background, and answers from it.
 * A configuration change restarts it with the new targets.
 */
@Component(service = { ServiceAnalytics.class, AnalyticsComponent.class }, configurationPid = AnalyticsComponent.PID)
@Designate(ocd = AnalyticsComponent.Config.class)
public final class AnalyticsComponent implements ServiceAnalytics {

    public static final String PID = "dev.parley.analytics";
    static final String MODULE = "analytics";
    static final String SCRIPTS = "db/analytics";

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsComponent.class);

    @ObjectClassDefinition(name = "Parley analytics", description = "Service figures from the conversation store: "
            + "SLA targets the health check watches, and the contact costs behind savings and ROI.")
    public @interface Config {
        @AttributeDefinition(description = "SLA: the longest acceptable average first response time, in seconds.")
        double firstResponseTargetSeconds() default 30;

        @AttributeDefinition(description = "SLA: the longest acceptable average time from a conversation's start to "
                + "its resolution, in seconds.")
        double resolutionTargetSeconds() default 86400;

        @AttributeDefinition(description = "SLA: the lowest acceptable average customer rating (1-5).")
        double csatMinimum() default 4.0;

        @AttributeDefinition(description = "What one conversation handled by a person costs, in the business's "
                + "currency.")
        double costPerHumanContact() default 6.0;

        @AttributeDefinition(description = "What one conversation handled by the assistant costs, in the same "
                + "currency.")
        double costPerAutomatedContact() default 0.5;

        @AttributeDefinition(description = "How often the SLA targets are checked, in seconds.")
        int evaluationIntervalSeconds() default 300;

        @AttributeDefinition(description = "The period the SLA check measures, ending now, in hours.")
        int slaWindowHours() default 24;

        @AttributeDefinition(description = "How often the per-conversation rollup takes in changed conversations, "
                + "in seconds; 0 turns the rollup off (every figure is then read from the store's tables). Reads "
                + "catch it up first, so this only bounds how much a read has to catch up.")
        int rollupIntervalSeconds() default 60;

        @AttributeDefinition(description = "Conversations the rollup recomputes per transaction, in the first "
                + "backfill and afterwards.")
        int rollupBatchSize() default 2000;

        @AttributeDefinition(description = "Seconds before the watermark that every catch-up looks at again: "
                + "covers transactions that commit late and containers whose clocks run behind.")
        int rollupLagSeconds() default 120;
    }

    private final ServiceAnalytics analytics;
    private final Config config;
    private final ScheduledExecutorService scheduler;

    @Activate
    public AnalyticsComponent(@Reference StoreDatabase database, Config config) {
        int version = database.migrate(MODULE, AnalyticsComponent.class.getClassLoader(), SCRIPTS);
        this.config = config;
        ConversationRollup rollup = config.rollupIntervalSeconds() <= 0 ? null : new ConversationRollup(
                database.dataSource(), database.dialect(), Clock.systemUTC(), config.rollupBatchSize(),
                Duration.ofSeconds(Math.max(0, config.rollupLagSeconds())));
        this.analytics = new JdbcServiceAnalytics(database.dataSource(), database.dialect(), Targets.of(config),
                Clock.systemUTC(), rollup);
        this.scheduler = rollup == null ? null : RollupJob.schedule(rollup, config.rollupIntervalSeconds());
        LOG.info("Analytics ready (schema {} version {}): first response target {} s, resolution target {} s, "
                + "CSAT minimum {}, rollup {}", MODULE, version, config.firstResponseTargetSeconds(),
                config.resolutionTargetSeconds(), config.csatMinimum(), rollup == null ? "off"
                        : "every " + config.rollupIntervalSeconds() + " s");
    }

    @Deactivate
    void deactivate() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    Config config() {
        return config;
    }

    @Override
    public RatingOutcome rate(String conversationId, int rating, String comment) {
        return analytics.rate(conversationId, rating, comment);
    }

    @Override
    public AnalyticsSummary summary(Instant from, Instant to) {
        return analytics.summary(from, to);
    }

    @Override
    public List<DailyFigures> daily(Instant from, Instant to) {
        return analytics.daily(from, to);
    }
}
