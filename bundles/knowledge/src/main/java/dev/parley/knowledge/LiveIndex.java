package dev.parley.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * The index of a knowledge base folder, kept current: a reload thread scans the folder every few
 * seconds and, when a file changed, builds a new index off to the side and swaps it in at once,
 * so a search always sees one complete index, old or new. A file that cannot be used is logged
 * once at WARN with its name and reason and left out; the other articles keep serving.
 */
final class LiveIndex implements AutoCloseable {

    private final KnowledgeFolder folder;
    private final TextAnalyzer analyzer;
    private final double titleBoost;
    private final Logger log;
    private volatile SearchIndex current;
    private volatile List<KnowledgeFolder.Problem> problems = List.of();
    private ScheduledExecutorService poller;
    private List<String> synonymLines = List.of();
    private TextAnalyzer synonymAnalyzer;

    LiveIndex(KnowledgeFolder folder, TextAnalyzer analyzer, double titleBoost, Logger log) {
        this.folder = folder;
        this.analyzer = analyzer;
        this.synonymAnalyzer = analyzer;
        this.titleBoost = titleBoost;
        this.log = log;
        this.current = SearchIndex.of(List.of(), analyzer, titleBoost);
    }

    SearchIndex current() {
        return current;
    }

    /** The files left out now, each with the reason; or the folder itself when it is missing. */
    List<KnowledgeFolder.Problem> problems() {
        return problems;
    }

    Path folder() {
        return folder.root();
    }

    /** Scans the folder and swaps in a new index if anything changed. */
    synchronized void reload() {
        KnowledgeFolder.Scan scan = folder.scan();
        problems = List.copyOf(scan.problems());
        for (KnowledgeFolder.Problem problem : scan.newProblems()) {
            log.warn("Knowledge base: {} {}; it is left out until it is fixed", problem.file(), problem.reason());
        }
        if (!scan.changed()) {
            return;
        }
        TextAnalyzer withSynonyms = analyzerFor(scan.synonymLines());
        long started = System.nanoTime();
        SearchIndex index = SearchIndex.of(scan.articles(), withSynonyms, titleBoost);
        current = index;
        log.info("Knowledge base: {} articles ({} passages, {} synonym groups) from {} indexed in {} ms{}",
                index.articleCount(), index.passageCount(), withSynonyms.synonyms().groups(), folder.root(),
                (System.nanoTime() - started) / 1_000_000,
                scan.problems().isEmpty() ? "" : "; left out (see the warnings above): " + scan.problems().size());
    }

    /** The synonyms are parsed (and their problems logged) only when synonyms.txt changed. */
    private TextAnalyzer analyzerFor(List<String> lines) {
        if (!lines.equals(synonymLines)) {
            List<Synonyms.Problem> problems = new ArrayList<>();
            synonymAnalyzer = analyzer.withSynonyms(Synonyms.parse(lines, analyzer, problems));
            synonymLines = lines;
            for (Synonyms.Problem problem : problems) {
                log.warn("Knowledge base: line {} of {} {}; the line is ignored", problem.line(),
                        KnowledgeFolder.SYNONYMS_FILE, problem.message());
            }
        }
        return synonymAnalyzer;
    }

    /** Reloads every {@code seconds} on a daemon thread of its own until closed. */
    void startPolling(int seconds) {
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "parley-knowledge-reload");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                reload();
            } catch (RuntimeException | LinkageError e) {
                // A reload that failed keeps the last index serving; the next tick tries again.
                log.warn("Knowledge base: reloading {} failed: {}", folder.root(), e.toString());
            }
        }, seconds, seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
