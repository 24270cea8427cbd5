package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/** The wrapped OpenNLP bundle trains and runs a model for another bundle in the container. */
class OpenNlpBundleIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    @TempDir
    Path work;

    @Test
    void anotherBundleTrainsAndUsesADocumentCategorizer() throws Exception {
        parley.deploy(TestBundles.documentCategorizer(work), "doccat.jar");
        Await.until("the categorizer serves", () -> parley.get(categorize("hello")).statusCode() == 200);

        assertThat(parley.get(categorize("where is my order")).body()).isEqualTo("order");
        assertThat(parley.get(categorize("hello good morning")).body()).isEqualTo("greeting");
        assertThat(parley.healthMessages("Deployed bundles")).singleElement().asString().startsWith("OK");
    }

    private static String categorize(String text) {
        return "/it/doccat?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
