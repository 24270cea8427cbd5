package dev.parley.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @TempDir
    Path home;

    @Test
    void aPortInUseStopsTheStart() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();

            LaunchException e = catchThrowableOfType(LaunchException.class, () -> Preflight.requireFreePort(port));

            assertThat(e).isNotNull();
            assertThat(e.exitCode()).isEqualTo(LaunchException.ENVIRONMENT).isEqualTo(1);
            assertThat(e.getMessage())
                    .contains("HTTP port " + port)
                    .contains("already in use")
                    .contains("--port")
                    .contains("PARLEY_HTTP_PORT");
        }
    }

    @Test
    void aFreePortPassesAndIsLeftFree() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(0));
            port = probe.getLocalPort();
        }

        assertThatCode(() -> Preflight.requireFreePort(port)).doesNotThrowAnyException();
        // the check must not keep the port: Jetty binds it next
        try (ServerSocket jetty = new ServerSocket()) {
            jetty.setReuseAddress(true);
            assertThatCode(() -> jetty.bind(new InetSocketAddress(port))).doesNotThrowAnyException();
        }
    }

    @Test
    void createsAMissingStateFolder() throws LaunchException, IOException {
        Path data = home.resolve("data/nested");

        Preflight.requireWritableDirectory(data, "state (data/)");

        assertThat(data).isDirectory();
        try (var entries = Files.list(data)) {
            assertThat(entries).as("the write probe is removed").isEmpty();
        }
    }

    @Test
    void anExistingWritableFolderPassesUntouched() throws LaunchException, IOException {
        Path data = Files.createDirectory(home.resolve("data"));
        Files.writeString(data.resolve("keep.txt"), "state");

        Preflight.requireWritableDirectory(data, "state (data/)");

        try (var entries = Files.list(data)) {
            assertThat(entries).containsExactly(data.resolve("keep.txt"));
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeStopsTheStart() throws IOException {
        Path data = Files.writeString(home.resolve("data"), "not a folder");

        LaunchException e = catchThrowableOfType(LaunchException.class,
                () -> Preflight.requireWritableDirectory(data, "state (data/)"));

        assertThat(e).isNotNull();
        assertThat(e.exitCode()).isEqualTo(LaunchException.ENVIRONMENT);
        assertThat(e.getMessage())
                .contains("state (data/) folder " + data + " is a file, not a folder: move or remove it");
        assertThat(data).isRegularFile().hasContent("not a folder");
    }
}
