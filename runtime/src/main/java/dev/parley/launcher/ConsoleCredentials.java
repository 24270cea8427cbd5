package dev.parley.launcher;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The Felix Web Console's user and password, kept in {@code etc/} under the console's own PID so
 * that an edit there applies live. The console's well-known default password is never used: a
 * missing or default password is replaced by a random one, written, readable by its owner only,
 * to {@code data/}{@value #GENERATED_PASSWORD_FILE} for the admin to pick up.
 *
 * <p>etc/ only ever holds the password as the console's salted hash. A plain password found there
 * is hashed before the framework starts: left to the console, the hashing is a write-back through
 * Configuration Admin and FileInstall that, when it races FileInstall's first scan of etc/ on a
 * busy machine, can leave the console with its default password.
 *
 * @param passwordHash the password as the console's hash, also its framework-property default
 * @param generatedPasswordFile where a password generated at this start can be read; null when
 *        etc/ already had one
 */
record ConsoleCredentials(String username, String passwordHash, Path generatedPasswordFile) {

    static final String GENERATED_PASSWORD_FILE = "generated-console-password.txt";

    static final String PID = "org.apache.felix.webconsole.internal.servlet.OsgiManager";
    static final String WELL_KNOWN_DEFAULT = "admin";
    /** The console's hash of {@value #WELL_KNOWN_DEFAULT}, which it falls back to. */
    static final String WELL_KNOWN_DEFAULT_HASH = "{sha-256}jGl25bVBBBW96Qi9Te4V37Fnqchz/Eu4qB9vKrRIqRg=";
    private static final Pattern HASHED = Pattern.compile("\\{[^}]+}.+");
    private static final int HASH_ITERATIONS = 1000;
    private static final int SALT_BYTES = 8;
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
            boolean wellKnown = password.isEmpty() || password.equals(WELL_KNOWN_DEFAULT)
                    || password.equals(WELL_KNOWN_DEFAULT_HASH);
            if (!wellKnown && HASHED.matcher(password).matches()) {
                return new ConsoleCredentials(username, password, null);
            }
            String plain = wellKnown ? randomPassword() : password;
            String hash = hash(plain, randomSalt());
            lines.removeIf(line -> PASSWORD_LINE.matcher(line).lookingAt());
            lines.add("password=" + hash);
            writeOwnerOnly(file, String.join("\n", lines) + "\n");
            if (!wellKnown) {
                return new ConsoleCredentials(username, hash, null);
            }
            Path generatedFile = data.resolve(GENERATED_PASSWORD_FILE);
            writeOwnerOnly(generatedFile, plain + "\n");
            return new ConsoleCredentials(username, hash, generatedFile);
        } catch (IOException e) {
            throw new LaunchException(LaunchException.ENVIRONMENT,
                    "cannot read or write the web console password in " + file + " (" + e.getMessage()
                            + "): make etc/ writable, or set password=<secret> in that file yourself", e);
        }
    }

    /**
     * The Web Console's salted hash: {@code {sha-256}<salt>-<iterations>-<base64>}, SHA-256 applied
     * {@value #HASH_ITERATIONS} times to the UTF-8 bytes of salt and password.
     */
    static String hash(String plain, String salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] bytes = (salt + plain).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < HASH_ITERATIONS; i++) {
                bytes = sha256.digest(bytes);
            }
            return "{sha-256}" + salt + "-" + HASH_ITERATIONS + "-" + Base64.getEncoder().encodeToString(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String randomSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return HexFormat.of().formatHex(salt);
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
