package dev.parley.ops.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WARN for each jar in a deploy folder that does not run as a bundle, with the reason. The folder
 * is scanned every second, so a problem reaches the log even when nobody asks for health.
 */
@Component(service = HealthCheck.class, immediate = true, property = {
        HealthCheck.NAME + "=Deployed bundles",
        HealthCheck.TAGS + "=parley",
        HealthCheck.TAGS + "=deploy" })
public final class DeployFolderCheck implements HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DeployFolderCheck.class);

    private final BundleContext context;
    private final ConfigurationAdmin configurationAdmin;
    private final ProblemTracker problems = new ProblemTracker(LOG, Clock.systemUTC());
    private final PeriodicScan periodicScan;
    private volatile int bundleJars;

    @Activate
    public DeployFolderCheck(BundleContext context, @Reference ConfigurationAdmin configurationAdmin) {
        this.context = context;
        this.configurationAdmin = configurationAdmin;
        periodicScan = new PeriodicScan("parley-deploy-check", LOG, this::scan);
    }

    @Deactivate
    void deactivate() {
        periodicScan.close();
    }

    @Override
    public Result execute() {
        scan();
        return ProblemResult.of(problems.current(), bundleJars + " deployed jars active");
    }

    private synchronized void scan() {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        DeployedJarInspector inspector = new DeployedJarInspector(context.getBundles(), wiring);
        List<Problem> found = new ArrayList<>();
        int jars = 0;
        List<WatchedFolders.Folder> folders = WatchedFolders.of(configurationAdmin).folders();
        LOG.debug("scanning deploy folders {}", folders);
        for (WatchedFolders.Folder folder : folders) {
            for (Path jar : jarsIn(folder)) {
                jars++;
                String subject = folder.path().getFileName() + "/" + jar.getFileName();
                inspector.inspect(jar, subject).ifPresent(found::add);
            }
        }
        problems.update(found);
        bundleJars = jars - found.size();
    }

    private static List<Path> jarsIn(WatchedFolders.Folder folder) {
        try (Stream<Path> files = Files.list(folder.path())) {
            return files.filter(Files::isRegularFile).filter(folder::accepts)
                    .map(WatchedFolders::realPath).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
