package dev.parley.it.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built distribution that Maven unpacked before the integration tests, and fresh copies of
 * it to run from, each with its own deploy/, etc/ and data/.
 */
public final class Distribution {

    private Distribution() {
    }

    /** Copies the distribution into a home of its own, so test classes do not see each other's state. */
    public static Path freshHome(String name) throws IOException {
        Path distribution = Path.of(requiredProperty("parley.distribution"));
        Path target = Path.of(requiredProperty("parley.it.homes")).resolve(name);
        deleteRecursively(target);
        try (Stream<Path> files = Files.walk(distribution)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(distribution.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        // The zip does not keep the executable bit that the folder distribution has.
        target.resolve("bin/parley").toFile().setExecutable(true);
        return target;
    }

    /** Runs bin/parley from the given home, console output to home/console.log. */
    public static Process launch(Path home, List<String> arguments) throws IOException {
        return launch(home, arguments, Map.of());
    }

    /** Runs bin/parley with extra environment variables, e.g. PARLEY_API_KEY. */
    public static Process launch(Path home, List<String> arguments, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/parley").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("PARLEY_HTTP_PORT");
        builder.environment().remove("PARLEY_API_KEY");
        builder.environment().putAll(environment);
        return builder.start();
    }

    public static String consoleOutput(Path home) {
        try {
            Path console = home.resolve("console.log");
            return Files.exists(console) ? Files.readString(console) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run the integration tests "
                    + "through Maven (mvn verify), which unpacks the distribution first");
        }
        return value;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.delete(path);
            }
        }
    }
}
