package dev.parley.ops.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.felix.cm.file.ConfigurationHandler;

/**
 * One configuration file in etc/, read the way FileInstall reads it: {@code PID.cfg} (Java
 * properties) or {@code PID.config} (typed Felix format); {@code FACTORY-ALIAS.cfg} configures
 * one instance of a factory.
 *
 * @param name file name, e.g. {@code dev.parley.store.cfg}
 * @param pid the PID, or the factory PID of a factory configuration
 * @param factory whether {@link #pid} names a factory
 * @param properties the values as written (unparsed strings for .cfg)
 * @param errors syntax errors, each naming its line where it has one
 */
record ConfigurationFile(String name, String pid, boolean factory, Map<String, Object> properties,
        List<String> errors) {

    static boolean isConfigurationFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".cfg") || name.endsWith(".config");
    }

    static ConfigurationFile read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        // FileInstall splits PID and factory alias at the first '-'.
        int dash = base.indexOf('-');
        String pid = dash > 0 ? base.substring(0, dash) : base;
        boolean factory = dash > 0;
        return name.endsWith(".config")
                ? readTyped(file, name, pid, factory)
                : readProperties(file, name, pid, factory);
    }

    private static ConfigurationFile readProperties(Path file, String name, String pid, boolean factory)
            throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean continued = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean startsEntry = !continued && !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!");
            if (startsEntry && line.indexOf('=') < 0 && line.indexOf(':') < 0) {
                errors.add("line " + (i + 1) + " '" + abbreviate(line) + "' is not key=value: "
                        + "add '=' and a value, or make it a comment with '#'");
            }
            continued = endsWithContinuation(line) && (continued || startsEntry);
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IllegalArgumentException e) {
            errors.add("cannot be read as key=value lines (" + e.getMessage() + ")");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            values.put(key, properties.getProperty(key));
        }
        return new ConfigurationFile(name, pid, factory, values, errors);
    }

    private static ConfigurationFile readTyped(Path file, String name, String pid, boolean factory)
            throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            Dictionary<?, ?> dictionary = ConfigurationHandler.read(in);
            for (Object key : Collections.list(dictionary.keys())) {
                values.put(key.toString(), dictionary.get(key));
            }
        } catch (IOException | IllegalArgumentException e) {
            // ConfigurationHandler reports a malformed number (I"80) as NumberFormatException.
            errors.add("is not valid .config syntax (" + e.getMessage() + "): write key=value lines, "
                    + "with typed values such as I\"8080\" or [\"a\",\"b\"]");
        }
        return new ConfigurationFile(name, pid, factory, values, errors);
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String abbreviate(String line) {
        return line.length() <= 40 ? line : line.substring(0, 37) + "...";
    }
}
