package dev.parley.skills;

import org.osgi.service.component.annotations.Component;

import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.skills.support.Replies;
import dev.parley.skills.support.SkillService;
import dev.parley.skills.support.Turns;

/** Greetings, thanks, goodbyes, and a yes or no that answers no pending question. */
@Component(service = Skill.class)
@SkillService(name = SmallTalkSkill.NAME, intents = {"greeting", "thanks", "goodbye", "affirm", "deny"})
public final class SmallTalkSkill implements Skill {

    static final String NAME = "small-talk";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SkillResult handle(SkillContext context) {
        String name = Turns.firstName(context).map(n -> " " + n).orElse("");
        boolean afterKnowledgeAnswer = Turns.slot(context, KnowledgeAnswerSkill.LAST_ARTICLE).isPresent();
        SkillResult reply = switch (Turns.intent(context)) {
            case "greeting" -> SkillResult.answer("Hi" + name + "! How can I help you today?",
                    "Where is my order?", "Return an item", "Opening hours");
            case "thanks" -> SkillResult.answer("You're welcome" + name + "! Is there anything else I can help with?",
                    "Where is my order?", "No, that's all");
            case "goodbye" -> SkillResult.answer("Thanks for chatting" + name + ". Goodbye!", "Start again");
            case "deny" -> afterKnowledgeAnswer
                    ? SkillResult.answer("Sorry that didn't help. Would you like to talk to a person from our team?",
                            Replies.TALK_TO_PERSON, "Ask something else")
                    : SkillResult.answer("Alright. Is there anything else I can do for you?", "Where is my order?", "No, that's all");
            default -> SkillResult.answer(afterKnowledgeAnswer ? "Glad I could help! Anything else?"
                    : "Great! What can I help you with?", "Where is my order?", "Return an item", "Opening hours");
        };
        // "Did that help?" is answered once
        return afterKnowledgeAnswer ? reply.withSlotUpdates(java.util.Map.of(KnowledgeAnswerSkill.LAST_ARTICLE, "")) : reply;
    }
}
