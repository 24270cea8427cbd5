package dev.parley.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.ParleyException;
import dev.parley.api.analytics.AnalyticsSummary.SlaStatus;

/**
 * Checks the SLA targets every evaluation interval over the last window: a breached target turns
 * the health check WARN, naming the target and the measured value, and posts one event on
 * {@value #SLA_BREACH_TOPIC} when the breach begins (not at every check while it lasts).
 */
// Immediate: a delayed component would be dropped after each health request, losing its state and
// posting the same breach again from a new instance.
@Component(service = HealthCheck.class, immediate = true, property = {
        HealthCheck.NAME + "=Service SLA",
        HealthCheck.TAGS + "=parley",
        HealthCheck.TAGS + "=analytics" })
public final class SlaMonitor implements HealthCheck {

    public static final String SLA_BREACH_TOPIC = "dev/parley/analytics/SLA_BREACH";

    private static final Logger LOG = LoggerFactory.getLogger(SlaMonitor.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    private final AnalyticsComponent analytics;
    private final Duration window;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Set<String> breached = new HashSet<>();
    private volatile List<SlaStatus> latest = List.of();
    private volatile String failure;

    @Activate
    public SlaMonitor(@Reference AnalyticsComponent analytics) {
        this(analytics, Clock.systemUTC());
        long interval = Math.max(1, analytics.config().evaluationIntervalSeconds());
        scheduler.scheduleWithFixedDelay(this::evaluate, 0, interval, TimeUnit.SECONDS);
    }

    SlaMonitor(AnalyticsComponent analytics, Clock clock) {
        this.analytics = analytics;
        this.window = Duration.ofHours(Math.max(1, analytics.config().slaWindowHours()));
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "parley-analytics-sla");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    /** Measures the window once; runs on the scheduler, and directly in tests. */
    synchronized void evaluate() {
        Instant now = clock.instant();
        try {
            latest = analytics.summary(now.minus(window), now).sla();
            failure = null;
        } catch (ParleyException | IllegalArgumentException e) {
            failure = e.getMessage();
            LOG.warn("SLA check skipped: {}", e.getMessage());
            return;
        }
        for (SlaStatus status : latest) {
            if (status.met()) {
                breached.remove(status.target());
            } else if (breached.add(status.target())) {
                LOG.warn("SLA breach: {} measured {} against target {} over the last {} h", status.target(),
                        status.measured(), status.limit(), window.toHours());
                post(status);
            }
        }
    }

    private void post(SlaStatus status) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(SLA_BREACH_TOPIC, Map.of("target", status.target(), "limit", status.limit(),
                    "measured", status.measured(), "windowHours", window.toHours())));
        }
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        if (failure != null) {
            log.warn("SLA not measured: {}", failure);
        }
        for (SlaStatus status : latest) {
            if (status.met()) {
                log.info("{} {} within target {} (last {} h)", status.target(), status.measured() == null ? "not measured"
                        : status.measured(), status.limit(), window.toHours());
            } else {
                log.warn("SLA breach: {} measured {} against target {} (last {} h)", status.target(), status.measured(),
                        status.limit(), window.toHours());
            }
        }
        return new Result(log);
    }
}
