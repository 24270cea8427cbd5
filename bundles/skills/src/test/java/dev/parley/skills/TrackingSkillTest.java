package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;

class TrackingSkillTest {

    private static final Clock NOV_4 = Clock.fixed(Instant.parse("2026-11-04T12:00:00Z"), ZoneOffset.UTC);

    private final TrackingSkill skill = new TrackingSkill(Shop.orders(), config(2), NOV_4);

    @Test
    void aShippedOrderHasCarrierTrackingNumberAndExpectedDelivery() {
        SkillResult result = new Dialogue(skill).from(Shop.ADA)
                .say("track 100234", "track_order", EntityTypes.ORDER_NUMBER, "100234");

        assertThat(result.outcome()).isEqualTo(SkillOutcome.ANSWERED);
        assertThat(result.text()).contains("on its way with DHL", "1Z999AA10123456784", "Friday 6 November");
        assertThat(result.quickReplies()).isNotEmpty();
    }

    @Test
    void anOrderNotYetShippedSaysSoWithTheExpectedDispatch() {
        // placed Tuesday 3 November, two working days to dispatch
        SkillResult result = new Dialogue(skill).from(Shop.ADA)
                .say("tracking for 100235?", "track_order", EntityTypes.ORDER_NUMBER, "100235");

        assertThat(result.text()).contains("100235 hasn't shipped yet", "by Thursday 5 November").doesNotContain("DHL");
    }

    @Test
    void aLateDispatchIsNotGivenADateInThePast() {
        TrackingSkill later = new TrackingSkill(Shop.orders(), config(2), Clock.offset(NOV_4, java.time.Duration.ofDays(5)));

        SkillResult result = new Dialogue(later).from(Shop.ADA)
                .say("tracking for 100235?", "track_order", EntityTypes.ORDER_NUMBER, "100235");

        assertThat(result.text()).contains("dispatch it very soon");
    }

    @Test
    void workingDaysSkipTheWeekend() {
        assertThat(TrackingSkill.addWorkingDays(LocalDate.parse("2026-11-06"), 1)).isEqualTo("2026-11-09");
        assertThat(TrackingSkill.addWorkingDays(LocalDate.parse("2026-11-06"), 0)).isEqualTo("2026-11-06");
    }

    static TrackingSkill.Config config(int dispatchDays) {
        TrackingSkill.Config config = mock(TrackingSkill.Config.class);
        when(config.dispatchDays()).thenReturn(dispatchDays);
        return config;
    }
}
