package dev.parley.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The API keys Parley accepts, held only as SHA-256 hashes. Keys are 256 random bits, so an
 * unsalted hash cannot be reversed by guessing; a salt would only matter for keys people choose.
 * A presented key is compared against every hash in constant time, so the answer's timing tells
 * nothing about how close a guess was or which key matched.
 */
final class ApiKeys {

    static final String HASH_PREFIX = "sha256:";
    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    private static final int MAX_KEY_CHARS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<byte[]> hashes;
    private final List<String> rejectedEntries;

    private ApiKeys(List<byte[]> hashes, List<String> rejectedEntries) {
        this.hashes = List.copyOf(hashes);
        this.rejectedEntries = List.copyOf(rejectedEntries);
    }

    /**
     * The accepted keys.
     *
     * @param configured hash entries {@code sha256:<64 lower-case hex>}; an element may hold several
     *     separated by commas or spaces (how a {@code .cfg} file writes a list)
     * @param environmentKey a key in plain text from the container's environment, or {@code null}
     */
    static ApiKeys of(String[] configured, String environmentKey) {
        List<byte[]> hashes = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String entry : entries(configured)) {
            if (HASH.matcher(entry).matches()) {
                hashes.add(HexFormat.of().parseHex(entry.substring(HASH_PREFIX.length())));
            } else {
                rejected.add(entry);
            }
        }
        if (environmentKey != null && !environmentKey.isBlank()) {
            hashes.add(sha256(environmentKey.trim()));
        }
        return new ApiKeys(hashes, rejected);
    }

    /** The entries of a configured list, split and trimmed. */
    static List<String> entries(String[] configured) {
        List<String> entries = new ArrayList<>();
        if (configured != null) {
            for (String element : configured) {
                if (element != null) {
                    for (String entry : SEPARATORS.split(element.trim())) {
                        if (!entry.isEmpty()) {
                            entries.add(entry);
                        }
                    }
                }
            }
        }
        return entries;
    }

    boolean isEmpty() {
        return hashes.isEmpty();
    }

    int size() {
        return hashes.size();
    }

    /**
     * How many configured entries are not a hash (e.g. a key pasted in plain text); never the
     * entries themselves, which may be secrets.
     */
    int rejectedCount() {
        return rejectedEntries.size();
    }

    /** Whether the key is one of the accepted ones. */
    boolean accepts(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty() || presentedKey.length() > MAX_KEY_CHARS) {
            return false;
        }
        byte[] presented = sha256(presentedKey);
        boolean accepted = false;
        for (byte[] hash : hashes) {
            accepted |= MessageDigest.isEqual(hash, presented);
        }
        return accepted;
    }

    /** The configuration entry for a key: {@code sha256:<hex>}. */
    static String hash(String key) {
        return HASH_PREFIX + HexFormat.of().formatHex(sha256(key));
    }

    /** A new key: 256 random bits, URL-safe Base64, prefixed so it is recognizable in a secret store. */
    static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "prl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static boolean isHash(String entry) {
        return HASH.matcher(entry).matches();
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
