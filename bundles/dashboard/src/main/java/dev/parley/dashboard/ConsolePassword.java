package dev.parley.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * Checks a password against the Felix Web Console's stored form of it, so that the dashboard
 * accepts exactly the console's password. The console (5.0.x) keeps either the plain password or
 * {@code {algorithm}hash}, where the hash is {@code <salt>-<iterations>-<base64>} (what it and
 * Parley's launcher write: SHA-256, 1000 iterations over the UTF-8 bytes of salt + password),
 * {@code <salt>-<base64>} (one iteration) or just {@code <base64>} of the unsalted digest.
 */
final class ConsolePassword {

    private ConsolePassword() {
    }

    /**
     * Whether {@code candidate} is the password {@code stored} describes.
     *
     * @param stored the console's stored password, hashed or plain; {@code null} or empty matches nothing
     * @param candidate the password a user typed
     */
    static boolean matches(String stored, String candidate) {
        if (stored == null || stored.isEmpty() || candidate == null) {
            return false;
        }
        int endOfAlgorithm = stored.startsWith("{") ? stored.indexOf('}') : -1;
        if (endOfAlgorithm <= 0) {
            return constantTimeEquals(stored, candidate);
        }
        String algorithm = stored.substring(1, endOfAlgorithm);
        String encoded = stored.substring(endOfAlgorithm + 1);
        String salt = null;
        int iterations = 1;
        int firstDash = encoded.indexOf('-');
        if (firstDash >= 0) {
            salt = encoded.substring(0, firstDash);
            int secondDash = encoded.indexOf('-', firstDash + 1);
            if (secondDash >= 0) {
                try {
                    iterations = Integer.parseInt(encoded.substring(firstDash + 1, secondDash));
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        if (iterations < 1 || iterations > 1_000_000) {
            return false;
        }
        byte[] digest = digest(algorithm, salt, iterations, candidate);
        if (digest == null) {
            return false;
        }
        return constantTimeEquals(stored, rebuild(algorithm, salt, iterations, digest));
    }

    /** The stored form the console would write for this digest, to compare as a whole. */
    private static String rebuild(String algorithm, String salt, int iterations, byte[] digest) {
        StringBuilder text = new StringBuilder("{").append(algorithm.toLowerCase(Locale.ROOT)).append('}');
        if (salt != null && !salt.isEmpty()) {
            text.append(salt).append('-');
            if (iterations > 1) {
                text.append(iterations).append('-');
            }
        }
        return text.append(Base64.getEncoder().encodeToString(digest)).toString();
    }

    private static byte[] digest(String algorithm, String salt, int iterations, String candidate) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            byte[] bytes = ((salt == null ? "" : salt) + candidate).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < iterations; i++) {
                digest.reset();
                bytes = digest.digest(bytes);
            }
            return bytes;
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** Compares without stopping at the first difference, so timing tells nothing of the password. */
    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
