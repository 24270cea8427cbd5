package dev.parley.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/** Which files of a knowledge base folder are articles, and reading them as strict UTF-8. */
final class ArticleFiles {

    private ArticleFiles() {
    }

    static boolean isArticleFile(Path file, BasicFileAttributes attributes) {
        return attributes.isRegularFile() && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** Editors' backups and hidden folders (.git) are not articles. */
    static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~") || name.startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    static String utf8(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }

    static String reason(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "is not UTF-8 text: save it as UTF-8";
        }
        return "cannot be read: " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    }
}
