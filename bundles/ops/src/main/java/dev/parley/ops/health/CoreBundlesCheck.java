package dev.parley.ops.health;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * CRITICAL while any bundle of the container itself (system/, or installed from the shell) is not
 * active, with the reason. Bundles in deploy/ are the {@link DeployFolderCheck}'s: one broken
 * add-on does not take the whole node out of a load balancer.
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=Container bundles",
        HealthCheck.TAGS + "=parley",
        HealthCheck.TAGS + "=bundles" })
public final class CoreBundlesCheck implements HealthCheck {

    private final BundleContext context;
    private final ConfigurationAdmin configurationAdmin;

    @Activate
    public CoreBundlesCheck(BundleContext context, @Reference ConfigurationAdmin configurationAdmin) {
        this.context = context;
        this.configurationAdmin = configurationAdmin;
    }

    @Override
    public Result execute() {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        WatchedFolders deployFolders = WatchedFolders.of(configurationAdmin);
        FormattingResultLog log = new FormattingResultLog();
        int active = 0;
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() == 0 || deployFolders.contains(bundle)) {
                continue;
            }
            var reason = BundleDiagnosis.whyInactive(bundle, wiring);
            if (reason.isPresent()) {
                log.critical("{} {} [{}] {}", bundle.getSymbolicName(), bundle.getVersion(),
                        bundle.getBundleId(), reason.get());
            } else {
                active++;
            }
        }
        log.info("{} container bundles active", active);
        return new Result(log);
    }
}
