package dev.parley.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
