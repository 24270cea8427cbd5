package dev.parley.it.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Parley container for one test class: a fresh copy of the built distribution, started with
 * {@code bin/parley --port <free port>} as its own process, reached over real HTTP, stopped with
 * SIGTERM after the class. Use it as
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ParleyContainer parley = new ParleyContainer();
 * </pre>
 *
 * The helpers below are what tests of later features need: HTTP calls, deploy/ and etc/ edits,
 * health, the web console's bundle list, and the log.
 */
public final class ParleyContainer extends ContainerClient implements BeforeAllCallback, AfterAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private Path home;
    private int port;
    private Process process;
    private Duration lastStop;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, String> initialConfiguration = new LinkedHashMap<>();

    /** Starts the container with an environment variable set, e.g. PARLEY_API_KEY. */
    public ParleyContainer withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        startFresh(context.getRequiredTestClass().getSimpleName());
    }

    /** Starts the container with this file in etc/ from the first start on, e.g. a database configuration. */
    public ParleyContainer withConfiguration(String fileName, String content) {
        initialConfiguration.put(fileName, content);
        return this;
    }

    /** Starts a container in a fresh copy of the distribution named after the caller. */
    public void startFresh(String name) throws IOException {
        home = Distribution.freshHome(name);
        for (Map.Entry<String, String> file : initialConfiguration.entrySet()) {
            Files.writeString(home.resolve("etc").resolve(file.getKey()), file.getValue());
        }
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    /** Starts the container and waits until /system/health answers OK. */
    public void start() throws IOException {
        port = Distribution.freePort();
        process = Distribution.launch(home, List.of("--port", Integer.toString(port)), environment);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("bin/parley exited with " + process.exitValue()
                        + " during start:\n" + consoleOutput());
            }
            if (isHealthy()) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("not healthy within " + START_TIMEOUT.toSeconds() + " s:\n"
                + consoleOutput() + "\nlast health: " + safeHealth());
    }

    /** Sends SIGTERM and waits; returns the exit code. {@link #lastStopDuration()} says how long it took. */
    public int stop() {
        long started = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("bin/parley did not stop within " + STOP_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            lastStop = Duration.ofNanos(System.nanoTime() - started);
        }
        return process.exitValue();
    }

    public Duration lastStopDuration() {
        return lastStop;
    }

    /** A handle on a container started elsewhere, for its HTTP and file helpers. */
    public static ParleyContainer attach(Path home, int port) {
        ParleyContainer container = new ParleyContainer();
        container.home = home;
        container.port = port;
        return container;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public Path home() {
        return home;
    }

    @Override
    public int port() {
        return port;
    }

    /** The password generated for the web console at first start. */
    @Override
    public String consolePassword() {
        try {
            return Files.readString(home.resolve("data/generated-console-password.txt")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- deploy/ and etc/ ----

    /** Copies a jar into deploy/ in one atomic step, so FileInstall never sees half a file. */
    public Path deploy(Path jar, String fileName) {
        return atomicCopy(jar, home.resolve("deploy").resolve(fileName));
    }

    public void undeploy(String fileName) {
        try {
            Files.delete(home.resolve("deploy").resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes etc/&lt;fileName&gt; in one atomic step. */
    public Path writeConfiguration(String fileName, String content) {
        try {
            Path temporary = Files.createTempFile(home, "config", ".tmp");
            Files.writeString(temporary, content);
            return atomicCopy(temporary, home.resolve("etc").resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteConfiguration(String fileName) {
        try {
            Files.deleteIfExists(home.resolve("etc").resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path atomicCopy(Path source, Path target) {
        try {
            Path staging = home.resolve("data").resolve(target.getFileName() + ".staging");
            Files.copy(source, staging, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- log ----

    /** data/log/parley.log as written so far. */
    public String log() {
        try {
            Path log = home.resolve("data/log/parley.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log lines that match, e.g. lines at WARN that name a file. */
    public List<String> logLines(Pattern pattern) {
        return log().lines().filter(line -> pattern.matcher(line).find()).toList();
    }

    public String consoleOutput() {
        return Distribution.consoleOutput(home);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
