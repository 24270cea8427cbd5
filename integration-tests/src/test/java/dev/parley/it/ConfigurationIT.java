package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;
import dev.parley.it.sample.GreetingServlet;

/**
 * etc/: a configuration file is applied live to a running component, and a file that is broken,
 * has a wrong value, or configures nothing is reported with what to do.
 */
class ConfigurationIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    private static final String GREETING_FILE = GreetingServlet.PID + ".cfg";

    @BeforeAll
    static void deployGreeter(@TempDir Path work) throws Exception {
        // Parley's own check is configured the same way: a shorter grace keeps this test quick.
        parley.writeConfiguration("dev.parley.ops.health.ConfigurationFilesCheck.cfg", "unknownPidGraceSeconds=1\n");
        parley.deploy(TestBundles.greeter(work, "1.0.0"), "greeter.jar");
        Await.until("the greeter serves", () -> parley.get(GreetingServlet.PATH).statusCode() == 200);
    }

    @AfterEach
    void removeConfiguration() {
        parley.deleteConfiguration(GREETING_FILE);
        parley.deleteConfiguration("dev.parley.nothing.uses.this.cfg");
        Await.until("defaults are back", () -> greeting().equals("greeting=hello version=1.0.0"));
        Await.until("health is OK", parley::isHealthy);
    }

    @Test
    void aChangedFileIsAppliedToTheRunningComponent() {
        parley.writeConfiguration(GREETING_FILE, "greeting=hi\n");
        Await.until("the component has the new value", () -> greeting().equals("greeting=hi version=1.0.0"));

        parley.writeConfiguration(GREETING_FILE, "# two of them\ngreeting=bonjour\nrepeat=2\n");
        Await.until("the component has the changed values",
                () -> greeting().equals("greeting=bonjour bonjour version=1.0.0"));
    }

    @Test
    void aLineThatIsNotKeyValueMakesHealthCritical() {
        parley.writeConfiguration(GREETING_FILE, "greeting=hi\nthis line is not a setting\n");

        String problem = "etc/" + GREETING_FILE + ": line 2 'this line is not a setting' is not key=value";
        Await.until("health is CRITICAL with the line", () -> parley.healthMessages("Configuration files")
                .stream().anyMatch(m -> m.startsWith("CRITICAL " + problem)));
        assertThat(parley.get("/system/health").statusCode()).isEqualTo(503);
        assertThat(parley.log()).contains(problem);
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithoutEchoingIt() {
        parley.writeConfiguration(GREETING_FILE, "repeat=several-times\n");

        Await.until("health names the property", () -> parley.healthMessages("Configuration files").stream()
                .anyMatch(m -> m.startsWith("CRITICAL etc/" + GREETING_FILE + ": property 'repeat' is invalid")
                        && m.endsWith("expected a whole number")));
        assertThat(parley.healthMessages("Configuration files")).noneMatch(m -> m.contains("several-times"));
    }

    @Test
    void aMisspelledPropertyIsAWarning() {
        parley.writeConfiguration(GREETING_FILE, "greting=hi\n");

        Await.until("health names the unknown property", () -> parley.healthMessages("Configuration files")
                .contains("WARN etc/" + GREETING_FILE + ": unknown property greting (known: greeting, repeat): "
                        + "check the spelling"));
        assertThat(parley.get("/system/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aFileForAnUnknownPidIsAWarning() {
        parley.writeConfiguration("dev.parley.nothing.uses.this.cfg", "enabled=true\n");

        Await.until("health names the PID", () -> parley.healthMessages("Configuration files").stream()
                .anyMatch(m -> m.startsWith("WARN etc/dev.parley.nothing.uses.this.cfg: configures PID "
                        + "dev.parley.nothing.uses.this, which no installed bundle uses")));
        assertThat(parley.log()).contains("etc/dev.parley.nothing.uses.this.cfg: configures PID");
    }

    private static String greeting() {
        return parley.get(GreetingServlet.PATH).body();
    }
}
