package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.parley.it.harness.ParleyContainer;

/** A fresh distribution starts to a healthy container in which every bundle is active. */
class ContainerStartIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    @Test
    void everyBundleIsActive() {
        List<JsonObject> bundles = parley.bundles();
        assertThat(bundles).extracting(b -> b.get("symbolicName").getAsString()).contains(
                "dev.parley.api", "dev.parley.opennlp", "dev.parley.ops",
                "org.apache.felix.scr", "org.apache.felix.configadmin", "org.apache.felix.fileinstall",
                "org.apache.felix.http.jetty12", "org.apache.felix.gogo.shell", "org.apache.felix.webconsole",
                "org.apache.felix.healthcheck.core");
        assertThat(bundles).allSatisfy(bundle -> assertThat(bundle.get("state").getAsString())
                .as("state of %s", bundle.get("symbolicName").getAsString())
                .isIn("Active", "Fragment"));
    }

    @Test
    void healthAnswersJsonWithTheContainerChecks() {
        var response = parley.get("/system/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonObject health = parley.health();
        assertThat(health.get("overallResult").getAsString()).isEqualTo("OK");
        List<String> checks = health.getAsJsonArray("results").asList().stream()
                .map(JsonElement::getAsJsonObject).map(check -> check.get("name").getAsString()).toList();
        assertThat(checks).contains("Container bundles", "Deployed bundles", "Configuration files",
                "OSGi Framework Ready Check", "Disk space of data/", "Heap memory");
        assertThat(parley.healthMessages("Container bundles")).singleElement().asString()
                .matches("OK \\d+ container bundles active");
    }

    @Test
    void forecastAndRiskChecksAreOkBeforeAnyForecastOrAssessment() {
        assertThat(parley.healthMessages("Volume forecast")).containsExactly("OK Hourly forecast: not fitted yet",
                "OK Daily forecast: not fitted yet");
        assertThat(parley.healthMessages("Risk models")).hasSize(2).allMatch(message -> message.startsWith("OK "));
    }

    @Test
    void theApiAndOpenNlpPackagesAreExported() {
        String api = parley.getAsAdmin("/system/console/bundles/dev.parley.api.json").body();
        assertThat(api).contains("dev.parley.api,version=1.0.0");
        String openNlp = parley.getAsAdmin("/system/console/bundles/dev.parley.opennlp.json").body();
        assertThat(openNlp).contains("opennlp.tools.doccat,version=2.5.6");
    }

    @Test
    void webConsoleNeverAcceptsTheWellKnownDefaultPassword() throws Exception {
        var withDefault = parley.send(java.net.http.HttpRequest.newBuilder(parley.uri("/system/console/bundles"))
                .header("Authorization", ParleyContainer.basic("admin", "admin")));
        assertThat(withDefault.statusCode()).isEqualTo(401);
        var withoutCredentials = parley.get("/system/console/bundles");
        assertThat(withoutCredentials.statusCode()).isEqualTo(401);
        assertThat(parley.getAsAdmin("/system/console/bundles").statusCode()).isEqualTo(200);

        var passwordFile = parley.home().resolve("data/generated-console-password.txt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        assertThat(parley.consolePassword()).hasSize(20).isNotEqualTo("admin");
    }

    @Test
    void startLogsTheAddressAndNoErrors() {
        assertThat(parley.log()).containsPattern("Parley started in \\d+ ms: http://localhost:" + parley.port());
        assertThat(parley.logLines(Pattern.compile(" ERROR "))).isEmpty();
    }
}
