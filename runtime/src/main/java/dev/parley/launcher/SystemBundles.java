package dev.parley.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the bundles under {@code system/}. Each sub-folder is named {@code <start level>-<role>}
 * (for example {@code 10-platform}), so the order in which the container comes up is visible in
 * the distribution itself. {@code deploy/} is not handled here: FileInstall owns it, and a bundle
 * must be installed through one path only.
 */
final class SystemBundles {

    private static final Pattern LEVEL_FOLDER = Pattern.compile("(\\d+)-[\\w.-]+");
    private static final Logger LOG = LoggerFactory.getLogger(SystemBundles.class);

    private SystemBundles() {
    }

    static List<Bundle> install(BundleContext context, Path system) throws LaunchException {
        List<Bundle> installed = new ArrayList<>();
        for (Path folder : sorted(system, Files::isDirectory)) {
            Matcher level = LEVEL_FOLDER.matcher(folder.getFileName().toString());
            if (!level.matches()) {
                throw new LaunchException(LaunchException.ENVIRONMENT, "folder " + folder
                        + " is not named <start level>-<name> (e.g. 10-platform): rename or remove it");
            }
            int startLevel = Integer.parseInt(level.group(1));
            for (Path jar : sorted(folder, path -> path.toString().endsWith(".jar"))) {
                installed.add(install(context, jar, startLevel));
            }
        }
        return installed;
    }

    /**
     * Starts the system bundles the framework did not start at their start level, once it has reached
     * its final one. Felix gives a bundle up when the thread raising the start level is interrupted
     * while it waits for the resolver's lock ("Unable to acquire global lock for resolve", seen on a
     * heavily loaded machine); another attempt from this thread starts it. A bundle that still fails
     * is logged and left to the "Container bundles" health check.
     *
     * @param bundles the system bundles, as {@link #install} returned them
     * @param attempts how often each is tried, {@code >= 1}
     * @param pause how long to wait between two attempts, in milliseconds
     * @return the bundles that are still not started
     */
    static List<Bundle> startStragglers(List<Bundle> bundles, int attempts, long pause) throws InterruptedException {
        List<Bundle> failed = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (!stoppedByMistake(bundle)) {
                continue;
            }
            BundleException last = null;
            for (int attempt = 1; attempt <= attempts && stoppedByMistake(bundle); attempt++) {
                try {
                    bundle.start();
                    LOG.warn("Bundle {} had not started with its start level; started on attempt {}",
                            bundle.getSymbolicName(), attempt);
                } catch (BundleException e) {
                    last = e;
                    Thread.sleep(pause);
                }
            }
            if (stoppedByMistake(bundle)) {
                LOG.error("Bundle {} does not start: {}", bundle.getSymbolicName(),
                        last == null ? "state " + bundle.getState() : last.getMessage());
                failed.add(bundle);
            }
        }
        return failed;
    }

    /** Installed or resolved, though every system bundle but a fragment is meant to run. */
    private static boolean stoppedByMistake(Bundle bundle) {
        return (bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) != 0
                && bundle.getHeaders().get("Fragment-Host") == null;
    }

    private static Bundle install(BundleContext context, Path jar, int startLevel) throws LaunchException {
        try {
            Bundle bundle = context.installBundle(jar.toUri().toString());
            bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel);
            if (bundle.getHeaders().get("Fragment-Host") == null) {
                bundle.start();
            }
            return bundle;
        } catch (BundleException e) {
            throw new LaunchException(LaunchException.ENVIRONMENT, "system bundle " + jar
                    + " cannot be installed (" + e.getMessage() + "): the distribution is damaged, "
                    + "rebuild it with mvn package", e);
        }
    }

    private static List<Path> sorted(Path folder, java.util.function.Predicate<Path> filter) throws LaunchException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new LaunchException(LaunchException.ENVIRONMENT,
                    "cannot list " + folder + " (" + e.getMessage() + "): the distribution is incomplete", e);
        }
    }
}
