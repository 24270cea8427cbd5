package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.conversation.Reply;
import dev.parley.api.skill.SkillResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A skill that asked a question gets the answer, unless the customer clearly moved on. */
class PendingSkillRoutingTest {

    private final AssistantHarness harness = new AssistantHarness();
    private ScriptedSkill cancel;
    private ScriptedSkill hours;

    @BeforeEach
    void setUp() {
        harness.nlp.intent("cancel", "cancel_order", 0.93)
                .intent("yes", "affirm", 0.95)
                .intent("opening hours", "opening_hours", 0.95)
                .intent("maybe hours", "opening_hours", 0.6)
                .intent("where is my order", "order_status", 0.9);
        cancel = harness.skill("cancel-order", c -> c.slots().containsKey("orderNumber")
                ? SkillResult.confirm("Cancel order " + c.slots().get("orderNumber") + "?", "Yes", "No")
                : SkillResult.ask("Which order?"), "cancel_order");
        hours = harness.skill("opening-hours", c -> SkillResult.answer("We open at 9."), "opening_hours");
    }

    @Test
    void theNextMessageGoesBackToTheSkillThatAsked() {
        Reply question = harness.send("I want to cancel");
        assertThat(question.awaitingInput()).isTrue();
        assertThat(harness.conversation().state().pendingSkill()).isEqualTo("cancel-order");

        Reply confirm = harness.send("100235");

        assertThat(cancel.calls).hasSize(2);
        assertThat(confirm.text()).isEqualTo("Cancel order 100235?");
        assertThat(confirm.skill()).isEqualTo("cancel-order");
        assertThat(confirm.quickReplies()).containsExactly("Yes", "No");
    }

    @Test
    void aNotUnderstoodAnswerStillGoesToThePendingSkillAndDoesNotCountAsLowConfidence() {
        harness.send("I want to cancel");

        harness.send("hmm the blue one");
        harness.send("hmm the red one");

        assertThat(cancel.calls).hasSize(3);
        assertThat(harness.conversation().state().lowConfidenceStreak()).isZero();
    }

    @Test
    void affirmGoesToThePendingSkillEvenWhenConfident() {
        harness.send("cancel order 100235");

        harness.send("yes");

        assertThat(cancel.calls).hasSize(2);
        assertThat(cancel.lastCall().understanding().intent().intent()).isEqualTo("affirm");
    }

    @Test
    void aConfidentOtherIntentDropsThePendingQuestion() {
        harness.send("I want to cancel");

        Reply reply = harness.send("what are your opening hours?");

        assertThat(reply.text()).isEqualTo("We open at 9.");
        assertThat(cancel.calls).hasSize(1);
        assertThat(harness.conversation().state().pendingSkill()).isNull();
        assertThat(reply.awaitingInput()).isFalse();
    }

    @Test
    void anotherIntentCarryingAValueTheSkillAskedForStays() {
        harness.send("I want to cancel");

        harness.send("where is my order 100235, that one");

        assertThat(cancel.calls).hasSize(2);
        assertThat(cancel.lastCall().slots()).containsEntry("orderNumber", "100235");
    }

    @Test
    void aLessConfidentOtherIntentStaysWithThePendingSkill() {
        harness.send("I want to cancel");

        harness.send("maybe hours");

        assertThat(cancel.calls).hasSize(2);
        assertThat(hours.calls).isEmpty();
    }

    @Test
    void aPendingSkillThatWentAwayIsForgotten() {
        harness.send("I want to cancel");
        harness.skills.remove(cancel);

        Reply reply = harness.send("what are your opening hours?");

        assertThat(reply.text()).isEqualTo("We open at 9.");
        assertThat(harness.conversation().state().pendingSkill()).isNull();
    }

    @Test
    void anAnswerEndsThePendingState() {
        harness.send("cancel order 100235");
        assertThat(harness.conversation().state().pendingSkill()).isEqualTo("cancel-order");
        harness.skills.remove(cancel);
        harness.skill("cancel-order", c -> SkillResult.completed("Order 100235 is cancelled."), "cancel_order");

        Reply done = harness.send("yes");

        assertThat(done.text()).isEqualTo("Order 100235 is cancelled.");
        assertThat(done.awaitingInput()).isFalse();
        assertThat(harness.conversation().state().pendingSkill()).isNull();
        assertThat(done.quickReplies()).isNotEmpty();
    }
}
