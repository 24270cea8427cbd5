package dev.parley.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** One numbered script: its statements, first comment line as description, and checksum. */
record MigrationScript(int version, String description, List<String> statements, String checksum) {

    static List<MigrationScript> load(ClassLoader loader, String folder) {
        List<MigrationScript> scripts = new ArrayList<>();
        for (int version = 1; ; version++) {
            String name = folder + "/V" + version + ".sql";
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    return scripts;
                }
                scripts.add(parse(version, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new SchemaException("cannot read migration script " + name + ": " + e.getMessage(), e);
            }
        }
    }

    /** Statements end with ';' at the end of a line; whole-line '--' comments are dropped. */
    static MigrationScript parse(int version, String text) {
        List<String> statements = new ArrayList<>();
        String description = "V" + version;
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                if (statements.isEmpty() && current.isEmpty() && description.equals("V" + version)) {
                    description = trimmed.substring(2).strip();
                }
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return new MigrationScript(version, description, List.copyOf(statements), sha256(text));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
