package dev.parley.api.knowledge;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One search result: the passage of an article that matches the query.
 *
 * @param articleId the id of the article the passage is from; not {@code null}
 * @param title the article's title; not {@code null}
 * @param passage the matching text, short enough to show in a chat reply (Markdown); not
 *     {@code null}
 * @param score relevance, {@code >= 0}, higher is better; comparable only within the results of
 *     one search (e.g. a BM25 score)
 * @param url where the customer can read the whole article, or {@code null} if it is not public
 */
@ProviderType
public record KnowledgeHit(String articleId, String title, String passage, double score, String url) {

    public KnowledgeHit {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(passage, "passage");
        if (!(score >= 0.0)) {
            throw new IllegalArgumentException("score must be >= 0 but was " + score);
        }
    }
}
