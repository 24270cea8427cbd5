package dev.parley.store.jdbc;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The store's health: the database and schema version, or CRITICAL with the reason it is not
 * available, including a missing configuration (the store starts only with one).
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=Conversation store",
        HealthCheck.TAGS + "=parley",
        HealthCheck.TAGS + "=store" })
public final class StoreHealthCheck implements HealthCheck {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StoreComponent store;

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        StoreComponent current = store;
        if (current == null) {
            log.critical("Conversation store not available: no configuration " + StoreComponent.PID
                    + "; restore etc/" + StoreComponent.PID + ".cfg (empty for the embedded H2 database)");
        } else {
            current.report(log);
        }
        return new Result(log);
    }
}
