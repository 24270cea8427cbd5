package dev.parley.adapter.osticket;

import java.time.Clock;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Whether handoffs reach osTicket: OK while the adapter is not configured (it is optional), CRITICAL
 * for an invalid configuration, WARN while osTicket cannot be reached or refused the latest ticket
 * (a helpdesk outage must not take the assistant out of a load balancer), OK otherwise.
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=osTicket",
        HealthCheck.TAGS + "=parley",
        HealthCheck.TAGS + "=osticket" })
public final class OsTicketHealthCheck implements HealthCheck {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OsTicketAdapter adapter;

    private final ReachabilityProbe probe = new ReachabilityProbe(Clock.systemUTC());

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        OsTicketAdapter current = adapter;
        if (current == null) {
            log.info("osTicket adapter waiting for the conversation store's database");
            return new Result(log);
        }
        OsTicketAdapter.Status status = current.status();
        switch (status.state()) {
            case NOT_CONFIGURED -> log.info(status.message());
            case INVALID -> log.critical(status.message());
            case ACTIVE -> {
                OsTicketSettings settings = status.settings().orElseThrow();
                ReachabilityProbe.Outcome reached = probe.check(settings);
                if (!reached.reachable()) {
                    log.warn(reached.message());
                } else if (current.monitor().lastFailure().isPresent()) {
                    DeliveryMonitor.Failure failure = current.monitor().lastFailure().get();
                    log.warn("The latest osTicket ticket was not opened ({}): {}", failure.at(), failure.message());
                } else {
                    log.info("{}; {}", status.message(), reached.message());
                }
            }
        }
        return new Result(log);
    }
}
