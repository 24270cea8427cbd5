package dev.parley.api.knowledge;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Searches and reads the business's help articles. Implementations are thread-safe.
 */
@ProviderType
public interface KnowledgeBase {

    /**
     * Finds the passages that best answer a question.
     *
     * @param query the customer's question or keywords; not {@code null}
     * @param limit the maximum number of hits, {@code >= 1}
     * @return at most {@code limit} hits, best first; empty when nothing is relevant; unmodifiable
     * @throws IllegalArgumentException if {@code limit < 1}
     */
    List<KnowledgeHit> search(String query, int limit);

    /**
     * Reads a whole article.
     *
     * @param id the article's id, e.g. from {@link KnowledgeHit#articleId()}; not {@code null}
     * @return the article, or empty if there is none with this id
     */
    Optional<KnowledgeArticle> article(String id);
}
