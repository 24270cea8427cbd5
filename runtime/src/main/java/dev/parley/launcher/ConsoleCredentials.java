package dev.parley.launcher;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The Felix Web Console's user and password, kept in {@code etc/} under the console's own PID so
 * that an edit there applies live. The console's well-known default password is never used: a
 * missing or default password is replaced by a random one. The console replaces the password in
 * etc/ by a salted hash on first use, so the generated password is also written, readable by
 * its owner only, to {@code data/}{@value #GENERATED_PASSWORD_FILE} for the admin to pick up.
 *
 * @param generatedPasswordFile where a password generated at this start can be read; null when
 *        etc/ already had one
 */
record ConsoleCredentials(String username, String password, Path generatedPasswordFile) {

    static final String GENERATED_PASSWORD_FILE = "generated-console-password.txt";

    static final String PID = "org.apache.felix.webconsole.internal.servlet.OsgiManager";
    static final String WELL_KNOWN_DEFAULT = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final Pattern PASSWORD_LINE = Pattern.compile("\\s*password\\s*[=:]");

    static ConsoleCredentials ensure(Path etc, Path data) throws LaunchException {
        Path file = etc.resolve(PID + ".cfg");
        try {
            List<String> lines = Files.exists(file)
                    ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new ArrayList<>();
            Properties current = new Properties();
            current.load(new StringReader(String.join("\n", lines)));
            String username = current.getProperty("username", WELL_KNOWN_DEFAULT).trim();
            String password = current.getProperty("password", "").trim();
            if (!password.isEmpty() && !password.equals(WELL_KNOWN_DEFAULT)) {
                return new ConsoleCredentials(username, password, null);
            }
            String generatedPassword = randomPassword();
            lines.removeIf(line -> PASSWORD_LINE.matcher(line).lookingAt());
            lines.add("password=" + generatedPassword);
            writeOwnerOnly(file, String.join("\n", lines) + "\n");
            Path generatedFile = data.resolve(GENERATED_PASSWORD_FILE);
            writeOwnerOnly(generatedFile, generatedPassword + "\n");
            return new ConsoleCredentials(username, generatedPassword, generatedFile);
        } catch (IOException e) {
            throw new LaunchException(LaunchException.ENVIRONMENT,
                    "cannot read or write the web console password in " + file + " (" + e.getMessage()
                            + "): make etc/ writable, or set password=<secret> in that file yourself", e);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Never readable by others, not even for a moment: written to a private file, then moved. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary;
        try {
            temporary = Files.createTempFile(file.getParent(), ".console", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            temporary = Files.createTempFile(file.getParent(), ".console", ".tmp"); // Windows: the folder's ACL
        }
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
