package dev.parley.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code bin/parley} was asked to do. The HTTP port comes from {@code --port N}, else from
 * the environment variable {@value #PORT_VARIABLE}, else {@value #DEFAULT_PORT}.
 */
record LaunchOptions(Path home, int httpPort, boolean help) {

    static final String PORT_VARIABLE = "PARLEY_HTTP_PORT";
    static final int DEFAULT_PORT = 8080;

    static final String USAGE = """
            Usage: bin/parley [--port N]

            Starts Parley in the foreground; Ctrl-C or SIGTERM stops it.
              --port N   HTTP port (1-65535). Default: $PARLEY_HTTP_PORT, else 8080.
              --help     Show this help.
            """;

    static LaunchOptions parse(Path home, List<String> args, Map<String, String> environment)
            throws LaunchException {
        Integer port = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return new LaunchOptions(home, DEFAULT_PORT, true);
            } else if (arg.equals("--port")) {
                if (i + 1 >= args.size()) {
                    throw usage("--port needs a value, e.g. --port 8080");
                }
                port = parsePort(args.get(++i), "--port");
            } else if (arg.startsWith("--port=")) {
                port = parsePort(arg.substring("--port=".length()), "--port");
            } else {
                throw usage("unknown option '" + arg + "'");
            }
        }
        if (port == null) {
            String fromEnvironment = environment.get(PORT_VARIABLE);
            port = fromEnvironment == null || fromEnvironment.isBlank()
                    ? DEFAULT_PORT
                    : parsePort(fromEnvironment.trim(), PORT_VARIABLE);
        }
        return new LaunchOptions(home, port, false);
    }

    private static int parsePort(String value, String source) throws LaunchException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the value that was given
        }
        throw usage(source + " must be a port number from 1 to 65535, got '" + value + "'");
    }

    private static LaunchException usage(String problem) {
        return new LaunchException(LaunchException.USAGE, problem + "\n\n" + USAGE);
    }
}
