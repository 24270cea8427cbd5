package dev.parley.ops.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigurationFileTest {

    @TempDir
    Path etc;

    private ConfigurationFile read(String name, String content) throws IOException {
        Path file = etc.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return ConfigurationFile.read(file);
    }

    @ParameterizedTest
    @CsvSource({
            "org.apache.felix.fileinstall-deploy.cfg, org.apache.felix.fileinstall, true",
            "dev.parley.store.cfg,                    dev.parley.store,             false",
            "dev.parley.store.config,                 dev.parley.store,             false",
            "org.apache.felix.hc.generalchecks.DiskSpaceCheck-data.config, org.apache.felix.hc.generalchecks.DiskSpaceCheck, true",
            "a.b-c-d.cfg,                             a.b,                          true" })
    void splitsPidAndFactoryAliasAtTheFirstDash(String name, String pid, boolean factory) throws IOException {
        ConfigurationFile file = read(name, "");

        assertThat(file.name()).isEqualTo(name);
        assertThat(file.pid()).isEqualTo(pid);
        assertThat(file.factory()).isEqualTo(factory);
    }

    @Test
    void recognisesConfigurationFilesByExtension() {
        assertThat(ConfigurationFile.isConfigurationFile(Path.of("etc/a.cfg"))).isTrue();
        assertThat(ConfigurationFile.isConfigurationFile(Path.of("etc/a.config"))).isTrue();
        assertThat(ConfigurationFile.isConfigurationFile(Path.of("etc/logback.xml"))).isFalse();
        assertThat(ConfigurationFile.isConfigurationFile(Path.of("etc/a.cfg.bak"))).isFalse();
    }

    @Test
    void readsTheValuesOfACfgFile() throws IOException {
        ConfigurationFile file = read("dev.parley.store.cfg", "path=${parley.home}/data/store\nsize = 10\nmode: fast\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.properties())
                .containsEntry("path", "${parley.home}/data/store")
                .containsEntry("size", "10")
                .containsEntry("mode", "fast")
                .hasSize(3);
    }

    @Test
    void reportsALineWithoutSeparatorWithItsLineNumber() throws IOException {
        ConfigurationFile file = read("dev.parley.store.cfg", "# the store\nsize=10\njust a remark\nmode=fast\n");

        assertThat(file.errors()).singleElement().asString()
                .contains("line 3")
                .contains("'just a remark'")
                .contains("is not key=value");
    }

    @Test
    void reportsEveryBrokenLine() throws IOException {
        ConfigurationFile file = read("dev.parley.store.cfg", "first\r\nsize=10\r\nsecond\r\n");

        assertThat(file.errors()).hasSize(2);
        assertThat(file.errors().get(0)).contains("line 1", "'first'");
        assertThat(file.errors().get(1)).contains("line 3", "'second'");
    }

    @Test
    void abbreviatesALongBrokenLine() throws IOException {
        String longLine = "x".repeat(100);
        ConfigurationFile file = read("dev.parley.store.cfg", longLine + "\n");

        assertThat(file.errors()).singleElement().asString()
                .contains("'" + "x".repeat(37) + "...'")
                .doesNotContain("x".repeat(38));
    }

    @Test
    void acceptsCommentsBlankLinesAndContinuedValues() throws IOException {
        String content = """
                # a comment without a separator
                ! another comment style

                   \t
                names=alpha,\\
                    beta,\\
                    gamma
                mode=fast
                """;

        ConfigurationFile file = read("dev.parley.store.cfg", content);

        assertThat(file.errors()).isEmpty();
        assertThat(file.properties())
                .containsEntry("names", "alpha,beta,gamma")
                .containsEntry("mode", "fast");
    }

    @Test
    void aCommentEndingInABackslashDoesNotContinue() throws IOException {
        ConfigurationFile file = read("dev.parley.store.cfg", "# see C:\\\nbroken\n! also \\\nworse\n");

        assertThat(file.errors()).hasSize(2);
        assertThat(file.errors().get(0)).contains("line 2", "'broken'");
        assertThat(file.errors().get(1)).contains("line 4", "'worse'");
    }

    @Test
    void anEscapedBackslashAtTheEndDoesNotContinue() throws IOException {
        ConfigurationFile file = read("dev.parley.store.cfg", "dir=C:\\\\\nbroken\n");

        assertThat(file.properties()).containsEntry("dir", "C:\\");
        assertThat(file.errors()).singleElement().asString().contains("line 2", "'broken'");
    }

    @Test
    void readsTypedValuesOfAConfigFile() throws IOException {
        ConfigurationFile file = read("dev.parley.store.config", "port=I\"8080\"\nnames=[\"a\",\"b\"]\nhost=\"localhost\"\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.properties().get("port")).isInstanceOf(Integer.class).isEqualTo(8080);
        assertThat(file.properties().get("names")).isInstanceOf(String[].class);
        assertThat((String[]) file.properties().get("names")).containsExactly("a", "b");
        assertThat(file.properties()).containsEntry("host", "localhost");
    }

    @Test
    void reportsABrokenConfigFile() throws IOException {
        ConfigurationFile file = read("dev.parley.store.config", "port I\"8080\"\n");

        assertThat(file.errors()).singleElement().asString()
                .contains("is not valid .config syntax")
                .contains("I\"8080\"");
        assertThat(file.properties()).isEmpty();
    }

    @Test
    void reportsAnUnterminatedTypedValue() throws IOException {
        ConfigurationFile file = read("dev.parley.store.config", "port=I\"80\n");

        assertThat(file.errors()).singleElement().asString().contains("is not valid .config syntax");
    }
}
