package dev.parley.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

class ModelJarTest {

    @TempDir
    Path folder;

    @Test
    void writesADataOnlyBundleThatReadsBack() throws Exception {
        Path jar = folder.resolve("model.jar");
        ModelDescriptor descriptor = new ModelDescriptor("intent", "en", "commerce-en");
        ModelJar.write(jar, descriptor, Version.parseVersion("2.1.0"),
                Map.of("intent/model.bin", new byte[] {1, 2, 3}, "golden.tsv", "a\tb\n".getBytes(StandardCharsets.UTF_8)));

        try (JarFile file = new JarFile(jar.toFile())) {
            var headers = file.getManifest().getMainAttributes();
            assertThat(headers.getValue("Bundle-SymbolicName")).isEqualTo("dev.parley.model.intent.commerce-en");
            assertThat(headers.getValue("Bundle-Version")).isEqualTo("2.1.0");
            assertThat(headers.getValue("Parley-Model")).isEqualTo("intent;language=en;name=commerce-en");
            assertThat(headers.getValue("Export-Package")).isNull();
        }
        ModelJar.Contents contents = ModelJar.read(jar);
        assertThat(contents.descriptor()).isEqualTo(descriptor);
        assertThat(contents.version()).isEqualTo(Version.parseVersion("2.1.0"));
        try (InputStream in = contents.source().open("intent/model.bin")) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        assertThatThrownBy(() -> contents.source().open("missing.bin")).hasMessageContaining("missing.bin");
    }

    @Test
    void aJarWithoutTheHeaderIsNotAModel() throws Exception {
        Path jar = folder.resolve("plain.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), new java.util.jar.Manifest())) {
            out.putNextEntry(new java.util.zip.ZipEntry("x.txt"));
        }

        assertThatThrownBy(() -> ModelJar.read(jar)).hasMessage("plain.jar is not a model bundle: its manifest has no Parley-Model header");
    }

    @Test
    void parsesTheHeaderAndRejectsBadNames() {
        assertThat(ModelDescriptor.parse("sentiment; language=en; name=\"shop\"")).isEqualTo(
                new ModelDescriptor("sentiment", "en", "shop"));
        assertThat(ModelDescriptor.parse("intent").name()).isEqualTo("default");
        assertThatThrownBy(() -> ModelDescriptor.parse("intent; name=Bad Name")).hasMessageContaining("'Bad Name'");
        assertThatThrownBy(() -> ModelDescriptor.parse("intent; oops")).hasMessageContaining("not name=value");
        assertThatThrownBy(() -> ModelDescriptor.parse(" ")).hasMessageContaining("missing or empty");
    }
}
