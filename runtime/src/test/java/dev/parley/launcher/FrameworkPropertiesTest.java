package dev.parley.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FrameworkPropertiesTest {

    private static final Path HOME = Path.of("/opt/parley");
    private static final LaunchOptions OPTIONS = new LaunchOptions(HOME, 9191, false);
    private static final ConsoleCredentials CONSOLE = new ConsoleCredentials("ops", "Xy7-generated", null);

    private static List<String> systemPackages(Map<String, Object> properties) {
        return Arrays.stream(properties.get("org.osgi.framework.system.packages.extra").toString().split(","))
                .map(String::strip).toList();
    }

    @Test
    void servesHttpOnTheChosenPort() {
        assertThat(FrameworkProperties.of(OPTIONS, CONSOLE, false))
                .containsEntry("org.osgi.service.http.port", "9191");
        assertThat(FrameworkProperties.of(new LaunchOptions(HOME, 8080, false), CONSOLE, false))
                .containsEntry("org.osgi.service.http.port", "8080");
    }

    @Test
    void keepsItsStateUnderTheHomeFolder() {
        Map<String, Object> properties = FrameworkProperties.of(OPTIONS, CONSOLE, false);

        assertThat(properties)
                .containsEntry("parley.home", HOME.toString())
                .containsEntry("org.osgi.framework.storage", HOME.resolve("data").resolve("cache").toString())
                .containsEntry("felix.fileinstall.dir", HOME.resolve("etc").toString());
    }

    @Test
    void theShellIsNotInteractiveWithoutAConsole() {
        assertThat(FrameworkProperties.of(OPTIONS, CONSOLE, false)).containsEntry("gosh.args", "--nointeractive");
        assertThat(FrameworkProperties.of(OPTIONS, CONSOLE, true)).doesNotContainKey("gosh.args");
    }

    @Test
    void theWebConsoleUsesTheGivenCredentials() {
        Map<String, Object> properties = FrameworkProperties.of(OPTIONS, CONSOLE, false);

        assertThat(properties)
                .containsEntry("felix.webconsole.username", "ops")
                .containsEntry("felix.webconsole.password", "Xy7-generated");
        assertThat(properties.values()).doesNotContain("admin");
    }

    @Test
    void theSystemBundleExportsSlf4jForBothApiGenerations() {
        List<String> packages = systemPackages(FrameworkProperties.of(OPTIONS, CONSOLE, false));

        assertThat(packages).contains(
                "org.slf4j;version=\"2.0.17\"", "org.slf4j;version=\"1.7.36\"",
                "org.slf4j.spi;version=\"2.0.17\"", "org.slf4j.helpers;version=\"1.7.36\"");
    }

    @Test
    void deployedBundlesStartAfterTheSystemBundles() {
        Map<String, Object> properties = FrameworkProperties.of(OPTIONS, CONSOLE, false);
        int beginning = Integer.parseInt(properties.get("org.osgi.framework.startlevel.beginning").toString());
        int deployed = Integer.parseInt(properties.get("felix.startlevel.bundle").toString());

        assertThat(deployed).isGreaterThan(30).isLessThanOrEqualTo(beginning);
        assertThat(properties.get("felix.log.logger")).isInstanceOf(FrameworkLogger.class);
    }
}
