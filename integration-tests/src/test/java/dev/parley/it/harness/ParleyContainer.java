package dev.parley.it.harness;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

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
public final class ParleyContainer implements BeforeAllCallback, AfterAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path home;
    private int port;
    private Process process;
    private Duration lastStop;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        startFresh(context.getRequiredTestClass().getSimpleName());
    }

    /** Starts a container in a fresh copy of the distribution named after the caller. */
    public void startFresh(String name) throws IOException {
        home = freshHome(name);
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (process != null && process.isAlive()) {
            stop();
        }
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

    /** Starts the container and waits until /system/health answers OK. */
    public void start() throws IOException {
        port = freePort();
        process = launch(home, List.of("--port", Integer.toString(port)));
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

    /** Runs bin/parley from the given home, console output to home/console.log. */
    public static Process launch(Path home, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/parley").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove("PARLEY_HTTP_PORT");
        return builder.start();
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

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public Path home() {
        return home;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    // ---- HTTP ----

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GET with the web console's admin credentials. */
    public HttpResponse<String> getAsAdmin(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Authorization", basic("admin", consolePassword())));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    }

    /** The password generated for the web console at first start. */
    public String consolePassword() {
        try {
            return Files.readString(home.resolve("data/generated-console-password.txt")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- health ----

    public JsonObject health() {
        return JsonParser.parseString(get("/system/health").body()).getAsJsonObject();
    }

    public boolean isHealthy() {
        try {
            HttpResponse<String> response = get("/system/health");
            return response.statusCode() == 200
                    && "OK".equals(JsonParser.parseString(response.body()).getAsJsonObject().get("overallResult").getAsString());
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** The messages of one health check, e.g. "Deployed bundles", each as "STATUS message". */
    public List<String> healthMessages(String checkName) {
        List<String> messages = new ArrayList<>();
        for (JsonElement result : health().getAsJsonArray("results")) {
            JsonObject check = result.getAsJsonObject();
            if (checkName.equals(check.get("name").getAsString())) {
                for (JsonElement message : check.getAsJsonArray("messages")) {
                    JsonObject entry = message.getAsJsonObject();
                    messages.add(entry.get("status").getAsString() + " " + entry.get("message").getAsString());
                }
            }
        }
        return messages;
    }

    private String safeHealth() {
        try {
            return get("/system/health").body();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    // ---- bundles ----

    /** The bundles as the web console lists them (symbolicName, version, state, id ...). */
    public List<JsonObject> bundles() {
        HttpResponse<String> response = getAsAdmin("/system/console/bundles.json");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("bundle list: HTTP " + response.statusCode());
        }
        JsonArray data = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("data");
        List<JsonObject> bundles = new ArrayList<>();
        data.forEach(bundle -> bundles.add(bundle.getAsJsonObject()));
        return bundles;
    }

    public Optional<JsonObject> bundle(String symbolicName) {
        return bundles().stream().filter(b -> symbolicName.equals(b.get("symbolicName").getAsString())).findFirst();
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
        return consoleOutput(home);
    }

    public static String consoleOutput(Path home) {
        try {
            Path console = home.resolve("console.log");
            return Files.exists(console) ? Files.readString(console) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- utilities ----

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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
