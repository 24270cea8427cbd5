package dev.parley.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of one sub-command, checked against the names it knows. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(List<String> arguments, Set<String> known) throws UsageException {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--") || !known.contains(argument.substring(2))) {
                throw new UsageException("unknown option '" + argument + "'");
            }
            if (i + 1 >= arguments.size()) {
                throw new UsageException(argument + " needs a value");
            }
            values.put(argument.substring(2), arguments.get(++i));
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    Path existingFile(String name) throws UsageException {
        Path file = Path.of(required(name));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--" + name + " " + file + ": no such file");
        }
        return file;
    }

    Path optionalExistingFile(String name) throws UsageException {
        return values.containsKey(name) ? existingFile(name) : null;
    }
}
