package dev.parley.assistant;

import dev.parley.api.knowledge.KnowledgeArticle;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.knowledge.KnowledgeHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A knowledge base whose articles match queries containing their keyword, with a set score. */
final class FakeKnowledge implements KnowledgeBase {

    private record Article(String keyword, KnowledgeHit hit) {
    }

    private final List<Article> articles = new ArrayList<>();
    final List<String> queries = new ArrayList<>();

    FakeKnowledge article(String keyword, String title, String passage, double score) {
        articles.add(new Article(keyword.toLowerCase(Locale.ROOT),
                new KnowledgeHit("kb-" + articles.size(), title, passage, score, "https://help.example.com/"
                        + articles.size())));
        return this;
    }

    @Override
    public List<KnowledgeHit> search(String query, int limit) {
        queries.add(query);
        String lower = query.toLowerCase(Locale.ROOT);
        return articles.stream().filter(a -> lower.contains(a.keyword())).map(Article::hit)
                .sorted(Comparator.comparingDouble(KnowledgeHit::score).reversed()).limit(limit).toList();
    }

    @Override
    public Optional<KnowledgeArticle> article(String id) {
        return Optional.empty();
    }
}
