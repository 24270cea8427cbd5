package dev.parley.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsoleCredentialsTest {

    /** The generator's alphabet: letters and digits without the look-alikes I, O, l, 0, 1. */
    private static final String GENERATED = "[A-HJ-NP-Za-km-z2-9]{20}";

    @TempDir
    Path home;

    private Path etc;
    private Path data;
    private Path cfg;

    @BeforeEach
    void folders() throws IOException {
        etc = home.resolve("etc");
        data = Files.createDirectories(home.resolve("data"));
        cfg = etc.resolve(ConsoleCredentials.PID + ".cfg");
    }

    private void writeCfg(String... lines) throws IOException {
        Files.createDirectories(etc);
        Files.write(cfg, List.of(lines), StandardCharsets.UTF_8);
    }

    private Properties cfgProperties() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(cfg, StandardCharsets.UTF_8)));
        return properties;
    }

    private static void assertOwnerOnly(Path file) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void withoutAFileAPasswordIsGeneratedIntoEtcAndData() throws Exception {
        ConsoleCredentials console = ConsoleCredentials.ensure(etc, data);

        assertThat(console.username()).isEqualTo("admin");
        assertThat(console.password()).matches(GENERATED).hasSize(20);
        assertThat(cfgProperties().getProperty("password")).isEqualTo(console.password());
        Path generated = data.resolve("generated-console-password.txt");
        assertThat(console.generatedPasswordFile()).isEqualTo(generated);
        assertThat(Files.readString(generated, StandardCharsets.UTF_8).strip()).isEqualTo(console.password());
        assertOwnerOnly(cfg);
        assertOwnerOnly(generated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password=admin", "password = admin", "  password:admin", "password=", "password=  admin  "})
    void theDefaultOrAnEmptyPasswordIsReplaced(String passwordLine) throws Exception {
        writeCfg("# Apache Felix Web Console", "manager.root=/system/console", "username=ops", passwordLine,
                "! trailing comment");

        ConsoleCredentials console = ConsoleCredentials.ensure(etc, data);

        assertThat(console.password()).matches(GENERATED).isNotEqualTo("admin");
        assertThat(console.username()).isEqualTo("ops");
        List<String> lines = Files.readAllLines(cfg, StandardCharsets.UTF_8);
        assertThat(lines).doesNotContain(passwordLine)
                .filteredOn(line -> line.strip().startsWith("password")).hasSize(1);
        assertThat(lines).contains("# Apache Felix Web Console", "manager.root=/system/console", "username=ops",
                "! trailing comment");
        assertThat(cfgProperties().getProperty("password")).isEqualTo(console.password());
        assertThat(console.generatedPasswordFile()).isEqualTo(data.resolve("generated-console-password.txt"));
        assertThat(Files.readString(console.generatedPasswordFile()).strip()).isEqualTo(console.password());
        assertOwnerOnly(cfg);
        assertOwnerOnly(console.generatedPasswordFile());
    }

    @Test
    void aFileWithoutPasswordKeepsItsCommentsAndKeys() throws Exception {
        // as shipped in the distribution
        writeCfg("# Apache Felix Web Console at /system/console (HTTP basic authentication).",
                "manager.root=/system/console", "username=admin");

        ConsoleCredentials console = ConsoleCredentials.ensure(etc, data);

        assertThat(Files.readAllLines(cfg, StandardCharsets.UTF_8)).containsExactly(
                "# Apache Felix Web Console at /system/console (HTTP basic authentication).",
                "manager.root=/system/console", "username=admin", "password=" + console.password());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Correct-Horse-Battery", "{sha-256}jGl25bVBBBW96Qi9Te4V37Fnqchz/Eu4qB9vKrRIqRg="})
    void anOwnPasswordIsKept(String password) throws Exception {
        writeCfg("# mine", "username=ops", "password=" + password);
        byte[] before = Files.readAllBytes(cfg);

        ConsoleCredentials console = ConsoleCredentials.ensure(etc, data);

        assertThat(console.password()).isEqualTo(password);
        assertThat(console.username()).isEqualTo("ops");
        assertThat(console.generatedPasswordFile()).isNull();
        assertThat(Files.readAllBytes(cfg)).isEqualTo(before);
        assertThat(data.resolve("generated-console-password.txt")).doesNotExist();
    }

    @Test
    void aPasswordGeneratedEarlierIsKeptOnTheNextStart() throws Exception {
        ConsoleCredentials first = ConsoleCredentials.ensure(etc, data);
        Files.delete(first.generatedPasswordFile());

        ConsoleCredentials second = ConsoleCredentials.ensure(etc, data);

        assertThat(second.password()).isEqualTo(first.password());
        assertThat(second.generatedPasswordFile()).isNull();
        assertThat(data.resolve("generated-console-password.txt")).doesNotExist();
    }

    @Test
    void generatedPasswordsDiffer() throws Exception {
        Path other = Files.createDirectories(home.resolve("other"));
        Path otherData = Files.createDirectories(other.resolve("data"));

        ConsoleCredentials first = ConsoleCredentials.ensure(etc, data);
        ConsoleCredentials second = ConsoleCredentials.ensure(other.resolve("etc"), otherData);

        assertThat(first.password()).isNotEqualTo(second.password());
    }
}
