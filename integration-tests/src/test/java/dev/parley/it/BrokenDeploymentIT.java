package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/**
 * A jar in deploy/ that is not a bundle, or cannot resolve, is reported by name and reason in the
 * log and at /system/health, and the container keeps serving.
 */
class BrokenDeploymentIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    @TempDir
    Path work;

    @Test
    void aJarThatIsNotABundleIsReported() throws Exception {
        parley.deploy(TestBundles.plainJar(work), "plain-library.jar");

        Await.until("health names the jar", () -> parley.healthMessages("Deployed bundles").stream()
                .anyMatch(m -> m.startsWith("WARN deploy/plain-library.jar: is not an OSGi bundle")));
        assertThat(parley.logLines(Pattern.compile("WARN .*deploy/plain-library.jar: is not an OSGi bundle")))
                .hasSize(1);
        assertStillServing();

        parley.undeploy("plain-library.jar");
        Await.until("the warning clears", () -> parley.healthMessages("Deployed bundles").stream()
                .noneMatch(m -> m.contains("plain-library.jar")));
        assertThat(parley.log()).contains("deploy/plain-library.jar: resolved");
    }

    @Test
    void aBundleWithAMissingImportIsReportedWithTheMissingPackage() throws Exception {
        parley.deploy(TestBundles.bundleWithMissingImport(work), "unresolvable.jar");

        String reason = "deploy/unresolvable.jar: bundle dev.parley.it.unresolvable 1.0.0 cannot resolve: "
                + "nothing provides package com.example.missing 1.0.0 or newer";
        Await.until("health gives the reason", () -> parley.healthMessages("Deployed bundles").stream()
                .anyMatch(m -> m.equals("WARN " + reason + ". Install the bundle that provides it (e.g. into "
                        + "deploy/), or rebuild this bundle without it")));
        Await.until("the log gives the reason", () -> parley.log().contains(reason));
        assertThat(parley.health().get("overallResult").getAsString()).isEqualTo("WARN");
        assertStillServing();

        parley.undeploy("unresolvable.jar");
        Await.until("health is OK again", parley::isHealthy);
    }

    private static void assertStillServing() {
        assertThat(parley.get("/system/health").statusCode()).as("WARN still answers 200").isEqualTo(200);
        assertThat(parley.healthMessages("Container bundles")).singleElement().asString().startsWith("OK");
        assertThat(parley.isRunning()).isTrue();
    }
}
