package dev.parley.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the analysis tools of the distribution ({@code parley-recommend}, {@code parley-forecast},
 * {@code parley-risk}) share: a sub-command chosen by the first argument, its JSON result on
 * standard output, and one line on standard error with exit code 2 for bad arguments or input and
 * 1 for a failure while running — never a stack trace.
 */
final class CommandLine {

    /** One sub-command: its options (the arguments after its name) in, one JSON object out. */
    @FunctionalInterface
    interface Command {
        String run(List<String> options) throws UsageException, IOException;
    }

    static final int SUCCESS = 0;
    static final int FAILED = 1;
    static final int BAD_USAGE = 2;

    private final String program;
    private final String usage;
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private Predicate<RuntimeException> badInput = e -> false;

    CommandLine(String program, String usage) {
        this.program = program;
        this.usage = usage;
    }

    CommandLine command(String name, Command command) {
        commands.put(name, command);
        return this;
    }

    /** Failures of these kinds are the input's fault (exit 2, without the usage text). */
    CommandLine badInput(Predicate<RuntimeException> kind) {
        this.badInput = kind;
        return this;
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
                out.print(usage);
                return args.isEmpty() ? BAD_USAGE : SUCCESS;
            }
            Command command = commands.get(args.get(0));
            if (command == null) {
                throw new UsageException("unknown command '" + args.get(0) + "'");
            }
            out.println(command.run(args.subList(1, args.size())));
            return SUCCESS;
        } catch (UsageException e) {
            err.println(program + ": " + e.getMessage());
            err.print(usage);
            return BAD_USAGE;
        } catch (UncheckedIOException e) {
            return failed(err, e.getCause());
        } catch (IOException e) {
            return failed(err, e);
        } catch (RuntimeException e) {
            err.println(program + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return badInput.test(e) ? BAD_USAGE : FAILED;
        }
    }

    private int failed(PrintStream err, IOException e) {
        if (e instanceof FileSystemException file) {
            err.println(program + ": cannot read " + file.getFile()
                    + (file.getReason() == null ? "" : " (" + file.getReason() + ")"));
        } else {
            err.println(program + ": " + e.getMessage());
        }
        return FAILED;
    }
}
