package dev.parley.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What SystemBundles decides before it asks the framework for anything (no framework needed). */
class SystemBundlesTest {

    @TempDir
    Path system;

    @Test
    void aFolderWithoutStartLevelStopsTheStart() throws IOException {
        Files.createDirectories(system.resolve("platform"));

        LaunchException e = catchThrowableOfType(LaunchException.class, () -> SystemBundles.install(null, system));

        assertThat(e).isNotNull();
        assertThat(e.exitCode()).isEqualTo(LaunchException.ENVIRONMENT);
        assertThat(e.getMessage()).contains(system.resolve("platform").toString()).contains("<start level>-<name>");
    }

    @Test
    void foldersWithoutJarsAndLooseFilesInstallNothing() throws Exception {
        Files.createDirectories(system.resolve("10-platform"));
        Files.writeString(system.resolve("10-platform/README.txt"), "no bundles here");
        Files.writeString(system.resolve("README.txt"), "not a folder");

        assertThat(SystemBundles.install(null, system)).isEmpty();
    }

    @Test
    void aMissingSystemFolderStopsTheStart() {
        Path missing = system.resolve("nowhere");

        LaunchException e = catchThrowableOfType(LaunchException.class, () -> SystemBundles.install(null, missing));

        assertThat(e).isNotNull();
        assertThat(e.exitCode()).isEqualTo(LaunchException.ENVIRONMENT);
        assertThat(e.getMessage()).contains("cannot list " + missing);
    }

    @Test
    void aBundleTheStartLevelLeftStoppedIsStartedAgain() throws Exception {
        FakeBundle skills = new FakeBundle("dev.parley.skills", Bundle.RESOLVED, 1, false);
        FakeBundle running = new FakeBundle("dev.parley.store", Bundle.ACTIVE, 0, false);

        List<Bundle> failed = SystemBundles.startStragglers(List.of(skills.proxy(), running.proxy()), 3, 1);

        assertThat(failed).isEmpty();
        assertThat(skills.state).isEqualTo(Bundle.ACTIVE);
        assertThat(skills.starts.get()).isEqualTo(2);
        assertThat(running.starts.get()).isZero();
    }

    @Test
    void aBundleThatNeverStartsIsReportedAfterItsAttempts() throws Exception {
        FakeBundle broken = new FakeBundle("dev.parley.broken", Bundle.INSTALLED, Integer.MAX_VALUE, false);

        List<Bundle> failed = SystemBundles.startStragglers(List.of(broken.proxy()), 3, 1);

        assertThat(failed).extracting(Bundle::getSymbolicName).containsExactly("dev.parley.broken");
        assertThat(broken.starts.get()).isEqualTo(3);
    }

    @Test
    void aFragmentIsNeverStarted() throws Exception {
        FakeBundle fragment = new FakeBundle("dev.parley.fragment", Bundle.RESOLVED, 0, true);

        assertThat(SystemBundles.startStragglers(List.of(fragment.proxy()), 3, 1)).isEmpty();
        assertThat(fragment.starts.get()).isZero();
    }

    /** A bundle whose first {@code failures} starts fail as Felix's do when its resolver lock is not taken. */
    private static final class FakeBundle {
        final String name;
        final int failures;
        final boolean fragment;
        final AtomicInteger starts = new AtomicInteger();
        volatile int state;

        FakeBundle(String name, int state, int failures, boolean fragment) {
            this.name = name;
            this.state = state;
            this.failures = failures;
            this.fragment = fragment;
        }

        Bundle proxy() {
            return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                    (self, method, args) -> switch (method.getName()) {
                        case "getState" -> state;
                        case "getSymbolicName" -> name;
                        case "getHeaders" -> headers();
                        case "start" -> {
                            if (starts.incrementAndGet() <= failures) {
                                throw new BundleException("Unable to acquire global lock for resolve.");
                            }
                            state = Bundle.ACTIVE;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private Dictionary<String, String> headers() {
            Hashtable<String, String> headers = new Hashtable<>();
            if (fragment) {
                headers.put("Fragment-Host", "dev.parley.host");
            }
            return headers;
        }
    }
}
