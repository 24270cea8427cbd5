package dev.parley.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.Priority;
import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.skill.SkillResult;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every reply carries one to four quick replies; notices read well in the business's time zone. */
class ReplyRulesTest {

    @Test
    void everyKindOfReplyHasOneToFourQuickReplies() {
        AssistantHarness harness = new AssistantHarness();
        harness.nlp.intent("status", "order_status", 0.9).intent("many", "track_order", 0.9)
                .intent("ask", "cancel_order", 0.9);
        harness.skill("bare", c -> SkillResult.answer("Fine."), "order_status");
        harness.skill("many", c -> SkillResult.answer("Many.", "a", "b", "c", "d", "e", "a"), "track_order");
        harness.skill("ask", c -> SkillResult.ask("Which one?"), "cancel_order");
        harness.knowledge.article("gift", "Gifts", "We wrap.", 5);

        List<Reply> replies = List.of(harness.send("status"), harness.send("many"), harness.send("ask"),
                harness.send("gift"), harness.send("elephants"), harness.send("human"));

        assertThat(replies).allSatisfy(r -> assertThat(r.quickReplies()).hasSizeBetween(1, 4).doesNotHaveDuplicates());
        assertThat(replies.get(1).quickReplies()).containsExactly("a", "b", "c", "d");
        assertThat(replies.get(2).quickReplies()).containsExactly("Talk to a person");
    }

    @Test
    void expectedResponseTimesFollowTheZoneAndLanguage() {
        Instant now = Instant.parse("2026-11-23T18:00:00Z");
        Instant at = Instant.parse("2026-11-24T13:00:00Z");

        assertThat(HandoffNotice.when(at, now, ZoneId.of("America/New_York"), Locale.US))
                .isEqualTo("tomorrow at 8:00 AM EST");
        assertThat(HandoffNotice.when(Instant.parse("2026-11-23T20:00:00Z"), now, ZoneId.of("Europe/Berlin"),
                Locale.ENGLISH)).isEqualTo("today at 21:00 CET");
        assertThat(HandoffNotice.when(Instant.parse("2027-01-04T08:00:00Z"), now, ZoneId.of("Europe/Berlin"),
                Locale.GERMANY)).isEqualTo("on Monday 4 January 2027 at 09:00 CET");
        assertThat(HandoffNotice.when(Instant.parse("2026-11-30T14:00:00Z"), now, ZoneId.of("America/New_York"),
                Locale.US)).isEqualTo("on Monday, November 30 at 9:00 AM EST");
    }

    @Test
    void theNoticeNamesTheTeamAndTheTicket() {
        Handoff handoff = new Handoff("returns_team", HandoffTrigger.POLICY, "r", Priority.NORMAL, "T-9", null, true);

        assertThat(HandoffNotice.text(handoff, Instant.EPOCH, ZoneId.of("UTC"), Locale.ENGLISH))
                .isEqualTo("I'm passing you to our returns team. A person will reply here shortly."
                        + " Your reference is T-9.");
        assertThat(HandoffNotice.team("billing")).isEqualTo("our billing team");
    }
}
