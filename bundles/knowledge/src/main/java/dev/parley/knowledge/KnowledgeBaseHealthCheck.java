package dev.parley.knowledge;

import java.util.List;
import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.Result;

/**
 * What the admin sees of the knowledge base in {@code /system/health} (check "Knowledge base",
 * tags {@code parley}, {@code knowledge}): OK with the number of articles served and the folder;
 * WARN for each file left out, with the reason, for a missing folder, and when no article is served.
 */
final class KnowledgeBaseHealthCheck {

    private KnowledgeBaseHealthCheck() {
    }

    static Result of(LiveIndex index) {
        FormattingResultLog log = new FormattingResultLog();
        SearchIndex current = index.current();
        List<KnowledgeFolder.Problem> problems = index.problems();
        for (KnowledgeFolder.Problem problem : problems) {
            log.warn("{} {}; it is left out until it is fixed", problem.file(), problem.reason());
        }
        if (current.articleCount() == 0) {
            log.warn("no articles are served from {}: the assistant cannot answer from the knowledge base", index.folder());
        } else {
            log.info("{} articles ({} passages) served from {}", current.articleCount(), current.passageCount(),
                    index.folder());
        }
        return new Result(log);
    }
}
