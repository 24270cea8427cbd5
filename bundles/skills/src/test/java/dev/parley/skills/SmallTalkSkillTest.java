package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.parley.api.skill.SkillResult;

class SmallTalkSkillTest {

    private final SmallTalkSkill skill = new SmallTalkSkill();

    @Test
    void greetsAKnownCustomerByName() {
        SkillResult result = new Dialogue(skill).from(Shop.ADA).say("hello", "greeting");

        assertThat(result.text()).startsWith("Hi Ada!");
        assertThat(result.quickReplies()).hasSizeBetween(1, 4);
    }

    @Test
    void greetsAnAnonymousSenderWithoutAName() {
        assertThat(new Dialogue(skill).say("hi", "greeting").text()).startsWith("Hi! How can I help");
    }

    @Test
    void thanksAndGoodbye() {
        assertThat(new Dialogue(skill).say("thanks!", "thanks").text()).startsWith("You're welcome");
        assertThat(new Dialogue(skill).say("bye", "goodbye").text()).contains("Goodbye");
    }

    @Test
    void aLoneNoAfterAKnowledgeAnswerOffersAPersonOnce() {
        Dialogue dialogue = new Dialogue(skill).slot(KnowledgeAnswerSkill.LAST_ARTICLE, "kb-1");

        SkillResult first = dialogue.say("no", "deny");
        assertThat(first.text()).contains("didn't help");
        assertThat(first.quickReplies()).contains("Talk to a person");

        assertThat(dialogue.say("no", "deny").text()).startsWith("Alright.");
    }

    @Test
    void aLoneYesAsksWhatIsNext() {
        SkillResult result = new Dialogue(skill).say("yes", "affirm");

        assertThat(result.text()).isEqualTo("Great! What can I help you with?");
        assertThat(result.quickReplies()).isNotEmpty();
    }
}
