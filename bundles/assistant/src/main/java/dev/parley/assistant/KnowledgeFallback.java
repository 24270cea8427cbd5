package dev.parley.assistant;

import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.knowledge.KnowledgeHit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers from the knowledge base when no skill can: with its best passage when the hit scores at
 * least the configured threshold, otherwise it only offers the titles of weaker hits, so that the
 * customer is never given a confident wrong answer.
 */
final class KnowledgeFallback {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeFallback.class);
    private static final int HITS = 3;

    private final double minScore;

    KnowledgeFallback(AssistantSettings settings) {
        this.minScore = settings.knowledgeMinScore();
    }

    /**
     * What the knowledge base has for a message.
     *
     * @param answer the hit good enough to answer with, if any
     * @param related weaker hits, best first, to offer as suggestions
     */
    record Result(Optional<KnowledgeHit> answer, List<KnowledgeHit> related) {

        static final Result NOTHING = new Result(Optional.empty(), List.of());
    }

    Result search(String text, Services services) {
        KnowledgeBase knowledge = services.knowledge();
        if (knowledge == null) {
            return Result.NOTHING;
        }
        List<KnowledgeHit> hits;
        try {
            hits = knowledge.search(text, HITS);
        } catch (RuntimeException e) {
            LOG.warn("Knowledge base search failed: {}", e.toString());
            return Result.NOTHING;
        }
        if (hits == null || hits.isEmpty()) {
            return Result.NOTHING;
        }
        KnowledgeHit best = hits.get(0);
        if (best.score() >= minScore) {
            return new Result(Optional.of(best), List.of());
        }
        return new Result(Optional.empty(), hits);
    }

    static String answerText(KnowledgeHit hit) {
        String text = "Here's what our help center says (" + hit.title() + "):\n" + hit.passage().strip();
        return hit.url() == null ? text : text + "\nMore: " + hit.url();
    }

    static final List<String> ANSWER_QUICK_REPLIES = List.of("That helps, thanks", "Talk to a person");
}
