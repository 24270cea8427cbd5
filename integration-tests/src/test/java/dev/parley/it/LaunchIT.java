package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.parley.it.harness.Distribution;
import dev.parley.it.harness.ParleyContainer;

/** bin/parley: bad input and a hostile environment end the start with one clear message; SIGTERM stops cleanly. */
class LaunchIT {

    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void sigtermStopsTheContainerCleanly() throws Exception {
        ParleyContainer parley = new ParleyContainer();
        parley.startFresh("LaunchIT-stop");
        int exitCode = parley.stop();

        assertThat(parley.lastStopDuration()).isLessThan(Duration.ofSeconds(10));
        assertThat(exitCode).as("JVM exit code after SIGTERM").isEqualTo(143);
        assertThat(parley.log()).contains("Parley stopping").contains("Parley stopped");
    }

    @Test
    void aSecondContainerFromTheSameFolderIsRefused() throws Exception {
        ParleyContainer first = new ParleyContainer();
        first.startFresh("LaunchIT-twice");
        try {
            Process second = Distribution.launch(first.home(),
                    List.of("--port", Integer.toString(Distribution.freePort())));

            assertThat(second.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(Distribution.consoleOutput(first.home()))
                    .contains("another Parley is already running from " + first.home());
            assertThat(first.isHealthy()).as("the first container is untouched").isTrue();
        } finally {
            first.stop();
        }
    }

    @Test
    void aPortInUseEndsTheStartWithAMessage() throws Exception {
        Path home = Distribution.freshHome("LaunchIT-port");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            Process process = Distribution.launch(home, List.of("--port", Integer.toString(port)));

            assertThat(process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(Distribution.consoleOutput(home)).contains("HTTP port " + port + " is already in use")
                    .contains("--port N").doesNotContain("\tat ");
        }
    }

    @Test
    void aStateFolderThatIsNotAFolderEndsTheStartWithAMessage() throws Exception {
        Path home = Distribution.freshHome("LaunchIT-data");
        Path data = home.resolve("data");
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        Files.writeString(data, "a file where the data folder should be");

        Process process = Distribution.launch(home, List.of("--port", Integer.toString(Distribution.freePort())));

        assertThat(process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Distribution.consoleOutput(home)).contains("state (data/) folder " + data + " is a file, not a folder: move or remove it")
                .doesNotContain("\tat ");
    }

    @Test
    void aBadPortOptionShowsUsage() throws Exception {
        Path home = Distribution.freshHome("LaunchIT-usage");
        Process process = Distribution.launch(home, List.of("--port", "http"));

        assertThat(process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Distribution.consoleOutput(home))
                .contains("--port must be a port number from 1 to 65535, got 'http'")
                .contains("Usage: bin/parley [--port N]");
    }
}
