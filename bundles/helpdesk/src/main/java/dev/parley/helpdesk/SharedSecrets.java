package dev.parley.helpdesk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** Checks of secrets a host sends with its webhooks, in constant time so timing tells nothing. */
public final class SharedSecrets {

    private SharedSecrets() {
    }

    /**
     * Whether a received value equals the configured secret, in time independent of where they
     * differ.
     *
     * @param received what the request carried, or {@code null}
     * @param expected the configured secret; a blank one never matches
     * @return {@code true} only for an exact match of a configured secret
     */
    public static boolean matches(String received, String expected) {
        if (received == null || expected == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(received.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The user and password of an {@code Authorization: Basic} header.
     *
     * @param authorization the header's value, or {@code null}
     * @return user and password, or empty when the header is absent or not valid Basic credentials
     */
    public static Optional<String[]> basicCredentials(String authorization) {
        if (authorization == null || authorization.length() < 6
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether an {@code Authorization} header carries the configured Basic credentials. Both parts
     * are compared, always, so timing does not tell which one was wrong.
     *
     * @param authorization the header's value, or {@code null}
     * @param user the configured user; blank means Basic authentication is not configured
     * @param password the configured password
     * @return {@code true} only when both match
     */
    public static boolean basicMatches(String authorization, String user, String password) {
        if (user == null || user.isEmpty()) {
            return false;
        }
        Optional<String[]> credentials = basicCredentials(authorization);
        if (credentials.isEmpty()) {
            return false;
        }
        boolean userMatches = matches(credentials.get()[0], user);
        boolean passwordMatches = matches(credentials.get()[1], password == null ? "" : password);
        return userMatches & passwordMatches;
    }

    /**
     * The value of an {@code Authorization: Basic} header for outgoing calls.
     *
     * @param user the user
     * @param password the password
     * @return {@code Basic <base64(user:password)>}
     */
    public static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
