package dev.parley.launcher;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks made before the framework starts, so that a port that is taken or a state folder that
 * cannot be written stops the start with one clear message instead of a half-working container.
 */
final class Preflight {

    private Preflight() {
    }

    /** The state folder must exist (it is created) and be writable. */
    static void requireWritableDirectory(Path directory, String role) throws LaunchException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new LaunchException(LaunchException.ENVIRONMENT, role + " folder " + directory
                    + " is a file, not a folder: move or remove it, and Parley creates the folder");
        }
        try {
            Files.createDirectories(directory);
            Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new LaunchException(LaunchException.ENVIRONMENT,
                    "cannot write to " + role + " folder " + directory + " (" + describe(e) + "): "
                            + "make it writable for the user running Parley, e.g. "
                            + "chown -R $(id -un) " + directory, e);
        }
    }

    /**
     * Only one container may run from a home folder: a second one would clean the framework cache
     * and configuration store under the first. The lock is held until the JVM exits.
     */
    static FileLock lockHome(Path data) throws LaunchException {
        Path lockFile = data.resolve(".lock");
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new LaunchException(LaunchException.ENVIRONMENT, "another Parley is already running from "
                        + data.getParent() + ": stop it first, or start this one from a copy of the distribution");
            }
            return lock;
        } catch (IOException e) {
            throw new LaunchException(LaunchException.ENVIRONMENT,
                    "cannot lock " + lockFile + " (" + describe(e) + "): make data/ writable", e);
        }
    }

    /** The HTTP port must be free; Jetty would otherwise only log a bind failure and serve nothing. */
    static void requireFreePort(int port) throws LaunchException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (BindException e) {
            throw new LaunchException(LaunchException.ENVIRONMENT,
                    "HTTP port " + port + " is already in use: stop the program that uses it, "
                            + "or start Parley on another port with --port N or "
                            + LaunchOptions.PORT_VARIABLE + "=N", e);
        } catch (IOException e) {
            throw new LaunchException(LaunchException.ENVIRONMENT,
                    "cannot open HTTP port " + port + " (" + describe(e) + "): choose another port "
                            + "with --port N", e);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
