package dev.parley.knowledge;

import dev.parley.api.knowledge.KnowledgeArticle;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.knowledge.KnowledgeHit;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link KnowledgeBase} service: help articles from the Markdown files of a folder
 * ({@code <parley home>/kb} by default), reloaded live, searched by {@link SearchIndex}.
 * Configuration PID {@value #PID}; a change restarts the component with the new settings. It is
 * also the "Knowledge base" health check, which the health executor asks at start-up, so the
 * articles are loaded and watched from then on rather than at the first question.
 */
@Component(service = {KnowledgeBase.class, HealthCheck.class}, configurationPid = MarkdownKnowledgeBase.PID,
        property = {HealthCheck.NAME + "=Knowledge base", HealthCheck.TAGS + "=parley", HealthCheck.TAGS + "=knowledge"})
@Designate(ocd = MarkdownKnowledgeBase.Config.class)
public final class MarkdownKnowledgeBase implements KnowledgeBase, HealthCheck {

    /** The configuration PID. */
    public static final String PID = "dev.parley.knowledge";

    private static final Logger LOG = LoggerFactory.getLogger(MarkdownKnowledgeBase.class);

    /** What a deployment can change; each attribute's description is the admin's documentation. */
    @ObjectClassDefinition(name = "Parley knowledge base",
            description = "Help articles (Markdown files) the assistant answers from when no skill handles a message.")
    public @interface Config {

        @AttributeDefinition(name = "Folder",
                description = "Folder of the articles: *.md files, sub-folders allowed, plus an optional synonyms.txt."
                        + " A relative path is taken from the Parley home folder (default: <parley home>/kb).")
        String folder() default Settings.DEFAULT_FOLDER;

        @AttributeDefinition(name = "Minimum score",
                description = "Normalized relevance (0 to 1) below which a hit is not returned. 1 means every word of"
                        + " the question is found, many times, in the article's title and passage; 0 means none is."
                        + " Raise it to answer less often but more surely; lower it to answer more often.")
        double minimumScore() default Settings.DEFAULT_MINIMUM_SCORE;

        @AttributeDefinition(name = "Title boost",
                description = "How much more a word counts in an article's title than in its text (0 or more).")
        double titleBoost() default Settings.DEFAULT_TITLE_BOOST;

        @AttributeDefinition(name = "Reload interval",
                description = "Seconds between two looks at the folder for added, changed or removed files (1 to 3600).")
        int reloadSeconds() default Settings.DEFAULT_RELOAD_SECONDS;

        @AttributeDefinition(name = "Passage length",
                description = "Characters after which a long section is cut into several passages, between"
                        + " paragraphs or lists (100 to 10000): a hit shows one passage in the chat reply.")
        int passageLength() default ArticleParser.DEFAULT_PASSAGE_CHARS;
    }

    private final LiveIndex index;
    private final double minimumScore;

    /** Loads the folder once, so the service answers from the first call, then watches it. */
    @Activate
    public MarkdownKnowledgeBase(BundleContext context, Config config) {
        Settings settings = Settings.from(config, LOG);
        Path folder = settings.folder(context.getProperty("parley.home"));
        this.minimumScore = settings.minimumScore();
        this.index = new LiveIndex(new KnowledgeFolder(folder, new ArticleParser(settings.passageLength())),
                TextAnalyzer.english(), settings.titleBoost(), LOG);
        index.reload();
        index.startPolling(settings.reloadSeconds());
        LOG.info("Knowledge base serving {} (minimumScore={}, titleBoost={}, reload every {} s)", folder,
                settings.minimumScore(), settings.titleBoost(), settings.reloadSeconds());
    }

    @Deactivate
    void stop() {
        index.close();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Each hit's score is the normalized relevance (0 to 1) described at {@link SearchIndex};
     * hits below the configured minimum score are left out. A blank question gives no hits; a
     * question longer than 2,000 characters is searched by its first 2,000.
     */
    @Override
    public List<KnowledgeHit> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
        }
        List<KnowledgeHit> hits = index.current().search(query, limit, minimumScore);
        LOG.debug("knowledge search '{}': {} hits", query, hits.size());
        return hits;
    }

    @Override
    public Result execute() {
        return KnowledgeBaseHealthCheck.of(index);
    }

    @Override
    public Optional<KnowledgeArticle> article(String id) {
        Objects.requireNonNull(id, "id");
        return index.current().article(id);
    }
}
