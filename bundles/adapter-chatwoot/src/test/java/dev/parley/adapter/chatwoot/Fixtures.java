package dev.parley.adapter.chatwoot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The Chatwoot payloads in ../shared/fixtures/chatwoot, read at test time; tests skip without them. */
final class Fixtures {

    static final Path FOLDER = Path.of("../../../shared/fixtures/chatwoot");

    private Fixtures() {
    }

    static Path folder() {
        Assumptions.assumeTrue(Files.isDirectory(FOLDER), "../shared/fixtures/chatwoot is absent");
        return FOLDER;
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(folder().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
