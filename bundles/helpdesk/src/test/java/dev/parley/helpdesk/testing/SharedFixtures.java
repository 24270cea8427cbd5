package dev.parley.helpdesk.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The helpdesk payloads in {@code ../shared/fixtures} beside the repository, read at test time
 * only. Tests that need them are skipped when the folder is absent.
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    /** The fixtures folder: the first {@code shared/fixtures} beside the working folder or one of its parents. */
    public static Optional<Path> root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path fixtures = dir.resolve("shared").resolve("fixtures");
            if (Files.isDirectory(fixtures)) {
                return Optional.of(fixtures);
            }
        }
        return Optional.empty();
    }

    /** A product's folder, e.g. {@code zendesk}; skips the calling test when it is absent. */
    public static Path product(String name) {
        Optional<Path> root = root();
        assumeTrue(root.isPresent() && Files.isDirectory(root.get().resolve(name)),
                "../shared/fixtures/" + name + " is absent");
        return root.get().resolve(name);
    }

    /** The text of one fixture file, e.g. {@code zendesk}, {@code events/user_active_changed.json}. */
    public static String read(String product, String file) {
        try {
            return Files.readString(product(product).resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every JSON payload of a product, signature vectors left out, sorted by path. */
    public static List<Path> payloads(String product) {
        Path folder = product(product);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().startsWith("signature_vector"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
