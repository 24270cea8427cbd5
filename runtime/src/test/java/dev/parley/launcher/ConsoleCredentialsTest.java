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
    /** The Web Console's salted hash format. */
    /** A password and the hash the Felix Web Console itself wrote for it to etc/. */
    private static final String WEB_CONSOLE_PLAIN = "DHHvsSWCuZUNdeu3Q9hu";
    private static final String WEB_CONSOLE_HASH = "{sha-256}02849a34dffa0e93-1000-otnJOwOO+rHitAHiPRZ7kMGFyopUeZq1eTCZqmxR7Ps=";
    private static final String HASH = "\\{sha-256}[0-9a-f]{16}-1000-[A-Za-z0-9+/]{43}=";

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

    /** The hash of a password as it is stored, with the salt taken from that stored hash. */
    private static String rehash(String plain, String stored) {
        String salt = stored.substring("{sha-256}".length(), stored.indexOf('-', "{sha-256}".length()));
        return ConsoleCredentials.hash(plain, salt);
    }

    private String generatedPassword() throws IOException {
        return Files.readString(data.resolve("generated-console-password.txt"), StandardCharsets.UTF_8).strip();
    }

    @Test
    void withoutAFileAPasswordIsGeneratedIntoDataAndItsHashIntoEtc() throws Exception {
        ConsoleCredentials console = ConsoleCredentials.ensure(etc, data);

        String plain = generatedPassword();
        assertThat(plain).matches(GENERATED);
        assertThat(console.passwordHash()).matches(HASH).isEqualTo(rehash(plain, console.passwordHash()));
        assertThat(cfgProperties().getProperty("password")).isEqualTo(console.passwordHash());
        assertThat(Files.readString(cfg)).doesNotContain(plain);
        assertThat(console.generatedPasswordFile()).isEqualTo(data.resolve("generated-console-password.txt"));
        assertOwnerOnly(cfg);
        assertOwnerOnly(console.generatedPasswordFile());
    }

    @Test
    void theHashIsTheWebConsolesOwn() {
        assertThat(ConsoleCredentials.hash(WEB_CONSOLE_PLAIN, "02849a34dffa0e93")).isEqualTo(WEB_CONSOLE_HASH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password=admin", "password = admin", "  password:admin", "password=", "password=  admin  ",
            "password={sha-256}jGl25bVBBBW96Qi9Te4V37Fnqchz/Eu4qB9vKrRIqRg="})
    void theDefaultOrAnEmptyPasswordIsReplaced(String passwordLine) throws Exception {
        writeCfg("# Apache Felix Web Console", "manager.root=/system/console", "username=ops", passwordLine,
                "# trailing comment");

        ConsoleCredentials console = ConsoleCredentials.ensure(etc, data);

        assertThat(generatedPassword()).matches(GENERATED);
        assertThat(console.passwordHash()).isEqualTo(rehash(generatedPassword(), console.passwordHash()));
        List<String> lines = Files.readAllLines(cfg, StandardCharsets.UTF_8);
        assertThat(lines).doesNotContain(passwordLine)
                .filteredOn(line -> line.strip().startsWith("password")).hasSize(1);
        assertThat(lines).contains("# Apache Felix Web Console", "username=ops", "# trailing comment");
        assertThat(console.username()).isEqualTo("ops");
        assertThat(cfgProperties().getProperty("password")).isEqualTo(console.passwordHash());
    }

    @Test
    void aFileWithoutPasswordKeepsItsCommentsAndKeys() throws Exception {
        // as shipped in the distribution
        writeCfg("# Apache Felix Web Console at /system/console (HTTP basic authentication).",
                "manager.root=/system/console", "username=admin");

        ConsoleCredentials console = ConsoleCredentials.ensure(etc, data);

        assertThat(Files.readAllLines(cfg, StandardCharsets.UTF_8)).containsExactly(
                "# Apache Felix Web Console at /system/console (HTTP basic authentication).",
                "manager.root=/system/console", "username=admin", "password=" + console.passwordHash());
    }

    @Test
    void anOwnPlainPasswordIsReplacedByItsHashBeforeTheConsoleSeesIt() throws Exception {
        writeCfg("# mine", "username=ops", "password=Correct-Horse-Battery");

        ConsoleCredentials console = ConsoleCredentials.ensure(etc, data);

        assertThat(console.passwordHash()).matches(HASH)
                .isEqualTo(rehash("Correct-Horse-Battery", console.passwordHash()));
        assertThat(Files.readAllLines(cfg, StandardCharsets.UTF_8))
                .containsExactly("# mine", "username=ops", "password=" + console.passwordHash());
        assertThat(console.generatedPasswordFile()).isNull();
        assertThat(data.resolve("generated-console-password.txt")).doesNotExist();
    }

    @Test
    void anOwnHashedPasswordIsKeptAsItIs() throws Exception {
        writeCfg("# mine", "username=ops", "password=" + WEB_CONSOLE_HASH);
        byte[] before = Files.readAllBytes(cfg);

        ConsoleCredentials console = ConsoleCredentials.ensure(etc, data);

        assertThat(console.passwordHash()).isEqualTo(WEB_CONSOLE_HASH);
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

        assertThat(second.passwordHash()).isEqualTo(first.passwordHash());
        assertThat(second.generatedPasswordFile()).isNull();
        assertThat(data.resolve("generated-console-password.txt")).doesNotExist();
    }

    @Test
    void generatedPasswordsDiffer() throws Exception {
        Path other = Files.createDirectories(home.resolve("other"));
        Path otherData = Files.createDirectories(other.resolve("data"));

        ConsoleCredentials first = ConsoleCredentials.ensure(etc, data);
        ConsoleCredentials second = ConsoleCredentials.ensure(other.resolve("etc"), otherData);

        assertThat(first.passwordHash()).isNotEqualTo(second.passwordHash());
    }
}
