package dev.parley.api.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A whole help article.
 *
 * @param id the article's id; not {@code null}
 * @param title the title; not {@code null}
 * @param body the content as Markdown; not {@code null}
 * @param tags labels for filtering, e.g. {@code "shipping"}; {@code null} is taken as empty; the
 *     list is an unmodifiable copy
 * @param url where the customer can read it, or {@code null} if it is not public
 * @param updatedAt when it was last changed; not {@code null}
 */
@ProviderType
public record KnowledgeArticle(
        String id,
        String title,
        String body,
        List<String> tags,
        String url,
        Instant updatedAt) {

    public KnowledgeArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        tags = tags == null ? List.of() : List.copyOf(tags);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
