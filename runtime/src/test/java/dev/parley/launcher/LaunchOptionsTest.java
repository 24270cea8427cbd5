package dev.parley.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaunchOptionsTest {

    private static final Path HOME = Path.of("/opt/parley");

    private static LaunchOptions parse(Map<String, String> environment, String... args) throws LaunchException {
        return LaunchOptions.parse(HOME, Arrays.asList(args), environment);
    }

    private static LaunchException usageError(Map<String, String> environment, String... args) {
        LaunchException e = catchThrowableOfType(LaunchException.class, () -> parse(environment, args));
        assertThat(e).as("LaunchException for %s", List.of(args)).isNotNull();
        assertThat(e.exitCode()).isEqualTo(LaunchException.USAGE).isEqualTo(2);
        assertThat(e.getMessage()).contains("Usage: bin/parley");
        return e;
    }

    @Test
    void defaultsToPort8080() throws LaunchException {
        LaunchOptions options = parse(Map.of());

        assertThat(options.httpPort()).isEqualTo(8080);
        assertThat(options.help()).isFalse();
        assertThat(options.home()).isEqualTo(HOME);
    }

    @Test
    void takesThePortOptionAsTwoArguments() throws LaunchException {
        assertThat(parse(Map.of(), "--port", "9090").httpPort()).isEqualTo(9090);
    }

    @Test
    void takesThePortOptionWithEqualsSign() throws LaunchException {
        assertThat(parse(Map.of(), "--port=9090").httpPort()).isEqualTo(9090);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "65535"})
    void acceptsTheWholePortRange(String port) throws LaunchException {
        assertThat(parse(Map.of(), "--port", port).httpPort()).isEqualTo(Integer.parseInt(port));
    }

    @Test
    void theLastPortOptionWins() throws LaunchException {
        assertThat(parse(Map.of(), "--port", "9090", "--port=9191").httpPort()).isEqualTo(9191);
    }

    @Test
    void takesThePortFromTheEnvironmentWithoutOption() throws LaunchException {
        assertThat(parse(Map.of("PARLEY_HTTP_PORT", "7070")).httpPort()).isEqualTo(7070);
        assertThat(parse(Map.of("PARLEY_HTTP_PORT", " 7071 ")).httpPort()).isEqualTo(7071);
    }

    @Test
    void aBlankEnvironmentValueMeansTheDefault() throws LaunchException {
        assertThat(parse(Map.of("PARLEY_HTTP_PORT", "  ")).httpPort()).isEqualTo(8080);
    }

    @Test
    void thePortOptionOverridesTheEnvironment() throws LaunchException {
        assertThat(parse(Map.of("PARLEY_HTTP_PORT", "7070"), "--port", "9090").httpPort()).isEqualTo(9090);
        // the environment is not even parsed when the option is given
        assertThat(parse(Map.of("PARLEY_HTTP_PORT", "junk"), "--port=9090").httpPort()).isEqualTo(9090);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "70000", "-1", "65536", "80.5", ""})
    void rejectsAnInvalidPort(String port) {
        LaunchException spaced = usageError(Map.of(), "--port", port);
        LaunchException joined = usageError(Map.of(), "--port=" + port);

        for (LaunchException e : List.of(spaced, joined)) {
            assertThat(e.getMessage())
                    .contains("--port must be a port number from 1 to 65535")
                    .contains("got '" + port + "'");
        }
    }

    @Test
    void rejectsAMissingPortValue() {
        assertThat(usageError(Map.of(), "--port").getMessage()).contains("--port needs a value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--verbose", "9090", "-p"})
    void rejectsAnUnknownOption(String option) {
        assertThat(usageError(Map.of(), option).getMessage()).contains("unknown option '" + option + "'");
    }

    @Test
    void rejectsAnInvalidPortFromTheEnvironmentNamingTheVariable() {
        LaunchException e = usageError(Map.of("PARLEY_HTTP_PORT", "http"));

        assertThat(e.getMessage()).contains("PARLEY_HTTP_PORT must be a port number").contains("got 'http'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void asksForHelp(String option) throws LaunchException {
        assertThat(parse(Map.of(), option).help()).isTrue();
        // help wins over anything that follows, even an option that would be an error
        assertThat(parse(Map.of("PARLEY_HTTP_PORT", "junk"), option, "--bogus").help()).isTrue();
    }

    @Test
    void theUsageDocumentsTheOptions() {
        assertThat(LaunchOptions.USAGE).contains("--port N", "--help", "PARLEY_HTTP_PORT", "8080");
    }
}
