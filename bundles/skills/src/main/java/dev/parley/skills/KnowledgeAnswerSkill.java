package dev.parley.skills;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.knowledge.KnowledgeHit;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.skills.support.Replies;
import dev.parley.skills.support.SkillService;
import dev.parley.skills.support.Turns;

/**
 * Answers the shop's frequent questions (shipping costs, delivery times, discount codes ...) with
 * the best passage of the knowledge base. When no passage is good enough it fails, so that the
 * assistant falls back or hands off instead of giving a confident wrong answer.
 */
@Component(service = Skill.class, configurationPid = KnowledgeAnswerSkill.PID)
@Designate(ocd = KnowledgeAnswerSkill.Config.class)
@SkillService(name = KnowledgeAnswerSkill.NAME, intents = {"shipping_cost", "delivery_time", "store_location",
    "discount_code", "invoice_request", "reset_password", "unsubscribe", "payment_problem", "delivery_problem"})
public final class KnowledgeAnswerSkill implements Skill {

    static final String NAME = "knowledge-answer";
    static final String PID = "dev.parley.skills.knowledge";
    static final String LAST_ARTICLE = NAME + ".article";

    @ObjectClassDefinition(name = "Parley skill: knowledge answer",
            description = "Answers frequent questions from the knowledge base.")
    public @interface Config {
        @AttributeDefinition(name = "Minimum score", min = "0",
                description = "The knowledge base score (e.g. BM25) the best passage needs to be given as the answer; below it the assistant falls back to a person.")
        double minimumScore() default 1.0;
    }

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeAnswerSkill.class);

    private final KnowledgeBase knowledge;
    private volatile double minimumScore;

    @Activate
    public KnowledgeAnswerSkill(@Reference KnowledgeBase knowledge, Config config) {
        this.knowledge = knowledge;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        if (!(config.minimumScore() >= 0)) {
            throw new IllegalArgumentException(PID + ": minimumScore must be >= 0 but was " + config.minimumScore());
        }
        minimumScore = config.minimumScore();
        LOG.info("Knowledge answers need a score of at least {}", minimumScore);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SkillResult handle(SkillContext context) {
        // the intent's words help a short question ("how much?") find the right article
        String query = context.message().text() + " " + Turns.intent(context).replace('_', ' ');
        List<KnowledgeHit> hits = knowledge.search(query, 1);
        if (hits.isEmpty() || hits.get(0).score() < minimumScore) {
            LOG.debug("No knowledge passage scores {} or more for intent {}", minimumScore, Turns.intent(context));
            return SkillResult.failed("no knowledge article scores at least " + minimumScore);
        }
        KnowledgeHit hit = hits.get(0);
        String text = hit.title() + "\n" + hit.passage() + (hit.url() == null ? "" : "\nMore: " + hit.url()) + "\n\nDid that help?";
        return SkillResult.answer(text, "Yes, thanks", "No", Replies.TALK_TO_PERSON)
                .withSlotUpdates(Map.of(LAST_ARTICLE, hit.articleId()));
    }
}
