package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;
import dev.parley.it.sample.GreetingServlet;

/** deploy/: a dropped bundle starts, a replaced one is updated, a deleted one is uninstalled. */
class HotDeployIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    @TempDir
    Path work;

    @Test
    void installUpdateAndUninstallThroughDeployFolder() throws Exception {
        parley.deploy(TestBundles.greeter(work, "1.0.0"), "greeter.jar");
        Await.until("version 1.0.0 serves " + GreetingServlet.PATH,
                () -> parley.get(GreetingServlet.PATH).body().equals("greeting=hello version=1.0.0"));
        assertThat(parley.bundle(TestBundles.GREETER)).hasValueSatisfying(
                bundle -> assertThat(bundle.get("state").getAsString()).isEqualTo("Active"));

        parley.deploy(TestBundles.greeter(work, "1.1.0"), "greeter.jar");
        Await.until("version 1.1.0 replaces 1.0.0",
                () -> parley.get(GreetingServlet.PATH).body().equals("greeting=hello version=1.1.0"));
        assertThat(parley.bundles()).filteredOn(b -> b.get("symbolicName").getAsString().equals(TestBundles.GREETER))
                .as("an update replaces the bundle instead of adding a second one").hasSize(1);

        parley.undeploy("greeter.jar");
        Await.until("the bundle is uninstalled", () -> parley.bundle(TestBundles.GREETER).isEmpty());
        assertThat(parley.get(GreetingServlet.PATH).statusCode()).isEqualTo(404);
        assertThat(parley.isHealthy()).isTrue();
    }
}
