package dev.parley.launcher;

import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts a Parley container in the foreground from its home folder ({@code bin/parley} passes it
 * as {@code -Dparley.home}). Stops cleanly on SIGTERM, Ctrl-C or the shell's {@code stop 0}.
 */
public final class Main {

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(9);
    /** A system bundle the start level left stopped is tried this often more, this far apart. */
    private static final int STRAGGLER_ATTEMPTS = 3;
    private static final long STRAGGLER_PAUSE_MILLIS = 200;

    private static volatile boolean loggingConfigured;
    /** Held (never released) while the JVM runs; see {@link Preflight#lockHome}. */
    @SuppressWarnings("unused")
    private static FileLock homeLock;

    private Main() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("parley.home", ".")).toAbsolutePath().normalize();
        try {
            LaunchOptions options = LaunchOptions.parse(home, Arrays.asList(args), System.getenv());
            if (options.help()) {
                System.out.print(LaunchOptions.USAGE);
                return;
            }
            Preflight.requireWritableDirectory(home.resolve("data"), "state (data/)");
            homeLock = Preflight.lockHome(home.resolve("data"));
            configureLogging(home);
            System.exit(run(options));
        } catch (LaunchException e) {
            System.err.println("parley: " + e.getMessage());
            if (loggingConfigured) {
                LoggerFactory.getLogger(Main.class).error("Parley did not start: {}", e.getMessage());
            }
            System.exit(e.exitCode());
        }
    }

    private static int run(LaunchOptions options) throws LaunchException {
        Logger log = LoggerFactory.getLogger(Main.class);
        long started = System.nanoTime();
        Preflight.requireFreePort(options.httpPort());
        Path home = options.home();
        ConsoleCredentials console = ConsoleCredentials.ensure(home.resolve("etc"), home.resolve("data"));

        boolean interactive = System.console() != null;
        // Felix itself rather than a FrameworkFactory: only Felix takes the logger object.
        Framework framework = new Felix(FrameworkProperties.of(options, console, interactive));
        try {
            framework.init();
            List<Bundle> system = SystemBundles.install(framework.getBundleContext(), home.resolve("system"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework, log), "parley-shutdown"));
            framework.start();
            SystemBundles.startStragglers(system, STRAGGLER_ATTEMPTS, STRAGGLER_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException(LaunchException.ENVIRONMENT, "interrupted while starting", e);
        } catch (BundleException e) {
            throw new LaunchException(LaunchException.ENVIRONMENT,
                    "the OSGi framework did not start (" + e.getMessage() + ")", e);
        }
        log.info("Parley started in {} ms: http://localhost:{}/ (health: /system/health)",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), options.httpPort());
        if (console.generatedPasswordFile() != null) {
            log.info("Web console /system/console: user '{}', password generated into {} "
                    + "(set your own as password= in etc/{}.cfg)", console.username(),
                    console.generatedPasswordFile(), ConsoleCredentials.PID);
        }
        return awaitStop(framework, log);
    }

    private static int awaitStop(Framework framework, Logger log) {
        try {
            FrameworkEvent event = framework.waitForStop(0);
            if (event.getType() == FrameworkEvent.ERROR) {
                log.error("Parley stopped after an error", event.getThrowable());
                return 1;
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Runs in the shutdown hook: bounded, so a stuck bundle cannot keep the process alive. */
    private static void stop(Framework framework, Logger log) {
        if ((framework.getState() & (Framework.ACTIVE | Framework.STARTING)) == 0) {
            return;
        }
        log.info("Parley stopping");
        try {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(STOP_TIMEOUT.toMillis());
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                log.error("Parley did not stop within {} s; exiting anyway", STOP_TIMEOUT.toSeconds());
            } else {
                log.info("Parley stopped");
            }
        } catch (BundleException | InterruptedException e) {
            log.error("Parley did not stop cleanly: {}", e.getMessage());
        } finally {
            shutdownLogging();
        }
    }

    private static void configureLogging(Path home) {
        Path config = home.resolve("etc/logback.xml");
        if (Files.isRegularFile(config)) {
            System.setProperty("logback.configurationFile", config.toString());
        }
        System.setProperty("parley.home", home.toString());
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        loggingConfigured = true;
    }

    private static void shutdownLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.stop();
        }
    }
}
