package dev.parley.knowledge;

import dev.parley.api.knowledge.KnowledgeArticle;
import java.util.List;

/** An article as read from its file, with the passages it is searched by. */
record ParsedArticle(KnowledgeArticle article, List<Passage> passages) {

    ParsedArticle {
        passages = List.copyOf(passages);
    }
}
