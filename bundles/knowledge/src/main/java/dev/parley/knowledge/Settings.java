package dev.parley.knowledge;

import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * The knowledge base's configuration, checked: a value out of range is logged at WARN and
 * replaced by its default, so a typo in etc/ never takes the knowledge base down.
 */
record Settings(String folderSetting, double minimumScore, double titleBoost, int reloadSeconds, int passageLength) {

    static final double DEFAULT_MINIMUM_SCORE = 0.3;
    static final double DEFAULT_TITLE_BOOST = 2.0;
    static final int DEFAULT_RELOAD_SECONDS = 2;
    static final String DEFAULT_FOLDER = "kb";

    static Settings from(MarkdownKnowledgeBase.Config config, Logger log) {
        double minimumScore = config.minimumScore();
        if (!(minimumScore >= 0 && minimumScore <= 1)) {
            log.warn("Knowledge base: minimumScore {} is not between 0 and 1; using {}", minimumScore,
                    DEFAULT_MINIMUM_SCORE);
            minimumScore = DEFAULT_MINIMUM_SCORE;
        }
        double titleBoost = config.titleBoost();
        if (!(titleBoost >= 0 && titleBoost <= 100)) {
            log.warn("Knowledge base: titleBoost {} is not between 0 and 100; using {}", titleBoost,
                    DEFAULT_TITLE_BOOST);
            titleBoost = DEFAULT_TITLE_BOOST;
        }
        int reloadSeconds = config.reloadSeconds();
        if (reloadSeconds < 1 || reloadSeconds > 3600) {
            log.warn("Knowledge base: reloadSeconds {} is not between 1 and 3600; using {}", reloadSeconds,
                    DEFAULT_RELOAD_SECONDS);
            reloadSeconds = DEFAULT_RELOAD_SECONDS;
        }
        int passageLength = config.passageLength();
        if (passageLength < 100 || passageLength > 10_000) {
            log.warn("Knowledge base: passageLength {} is not between 100 and 10000; using {}", passageLength,
                    ArticleParser.DEFAULT_PASSAGE_CHARS);
            passageLength = ArticleParser.DEFAULT_PASSAGE_CHARS;
        }
        String folder = config.folder() == null || config.folder().isBlank() ? DEFAULT_FOLDER : config.folder().strip();
        return new Settings(folder, minimumScore, titleBoost, reloadSeconds, passageLength);
    }

    /** The folder, a relative one taken from the Parley home (the working folder if there is none). */
    Path folder(String parleyHome) {
        Path configured = Path.of(folderSetting);
        if (configured.isAbsolute()) {
            return configured.normalize();
        }
        Path home = parleyHome == null || parleyHome.isBlank() ? Path.of("") : Path.of(parleyHome);
        return home.resolve(configured).toAbsolutePath().normalize();
    }
}
