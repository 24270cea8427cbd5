package dev.parley.rest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Changes one property of a {@code .cfg} file in {@code etc/}, keeping its comments and other lines.
 * The new content goes to a temporary file that replaces the old one in one step, so FileInstall,
 * which watches the folder, never reads a half-written file.
 */
final class ConfigurationFile {

    private ConfigurationFile() {
    }

    /** The file FileInstall read a configuration from, given its {@code felix.fileinstall.filename} value. */
    static Path of(Object fileInstallFileName) {
        return Path.of(URI.create(fileInstallFileName.toString()));
    }

    static void setProperty(Path file, String key, String value) throws IOException {
        Pattern keyLine = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:].*");
        List<String> lines = new ArrayList<>();
        boolean replaced = false;
        boolean continuation = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (continuation) {
                continuation = line.endsWith("\\");
                continue;
            }
            if (!replaced && keyLine.matcher(line).matches()) {
                lines.add(key + "=" + value);
                replaced = true;
                continuation = line.endsWith("\\");
                continue;
            }
            lines.add(line);
        }
        if (!replaced) {
            lines.add(key + "=" + value);
        }
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
