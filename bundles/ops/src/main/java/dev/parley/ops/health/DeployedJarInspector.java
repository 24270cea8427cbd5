package dev.parley.ops.health;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Finds what keeps a jar in a deploy folder from running: not a jar, not a bundle, a duplicate,
 * not installed, or installed but not resolvable or not started.
 */
final class DeployedJarInspector {

    /** FileInstall installs and starts within about a second; anything slower is worth reporting. */
    static final Duration GRACE = Duration.ofSeconds(3);

    private final Bundle[] bundles;
    private final FrameworkWiring wiring;

    DeployedJarInspector(Bundle[] bundles, FrameworkWiring wiring) {
        this.bundles = bundles.clone();
        this.wiring = wiring;
    }

    Optional<Problem> inspect(Path jar, String subject) {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        } catch (IOException e) {
            return problem(subject, "is not a readable jar (" + e.getMessage()
                    + "): replace it with a complete copy, or remove it");
        }
        String symbolicName = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (symbolicName == null || symbolicName.isBlank()) {
            return problem(subject, "is not an OSGi bundle (its manifest has no Bundle-SymbolicName): "
                    + "build it as a bundle, e.g. with bnd-maven-plugin, or remove it");
        }
        Optional<Bundle> installed = Arrays.stream(bundles)
                .filter(bundle -> WatchedFolders.fileOf(bundle).filter(jar::equals).isPresent())
                .findFirst();
        if (installed.isPresent()) {
            Bundle bundle = installed.get();
            return BundleDiagnosis.whyInactive(bundle, wiring).flatMap(reason -> problem(subject,
                    "bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " " + reason));
        }
        return problem(subject, notInstalled(manifest.getMainAttributes(), symbolicName));
    }

    private String notInstalled(Attributes headers, String symbolicNameHeader) {
        String symbolicName = symbolicNameHeader.split(";", 2)[0].trim();
        Version version = parseVersion(headers.getValue(Constants.BUNDLE_VERSION));
        for (Bundle other : bundles) {
            if (symbolicName.equals(other.getSymbolicName()) && version.equals(other.getVersion())) {
                return "was not installed: bundle " + symbolicName + " " + version
                        + " is already installed from " + other.getLocation()
                        + "; remove one of the two, or give this one a higher Bundle-Version";
            }
        }
        return "was not installed as bundle " + symbolicName + " " + version
                + ": its manifest is invalid; the log has FileInstall's reason";
    }

    private static Version parseVersion(String value) {
        try {
            return value == null ? Version.emptyVersion : Version.parseVersion(value.trim());
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }

    private static Optional<Problem> problem(String subject, String message) {
        return Optional.of(Problem.warning(subject, message, GRACE));
    }
}
