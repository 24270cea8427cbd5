package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.parley.api.skill.SkillResult;

class OpeningHoursSkillTest {

    @Test
    void openNowUntilTheEndOfTodaysHoursInTheShopsTimeZone() {
        // 16:30 UTC is 17:30 in Berlin
        SkillResult result = ask(config("Europe/Berlin", ""), "2026-11-05T16:30:00Z");

        assertThat(result.text()).startsWith("We're open now, until 18:00 (Europe/Berlin time).")
                .contains("Today's hours: 09:00\u201318:00.");
        assertThat(result.quickReplies()).isNotEmpty();
    }

    @Test
    void closedInTheEveningOpensTomorrow() {
        // Thursday 19:30 in Berlin
        SkillResult result = ask(config("Europe/Berlin", ""), "2026-11-05T18:30:00Z");

        assertThat(result.text()).startsWith("We're closed right now.").contains("We open again tomorrow at 09:00");
    }

    @Test
    void theSameMomentIsStillOpenFurtherWest() {
        // 18:30 UTC is 18:30 in London, after closing; 13:30 in New York
        assertThat(ask(config("America/New_York", ""), "2026-11-05T18:30:00Z").text()).startsWith("We're open now");
    }

    @Test
    void closedOnSundayOpensOnMonday() {
        SkillResult result = ask(config("Europe/Berlin", ""), "2026-11-08T10:00:00Z");

        assertThat(result.text()).contains("We open again tomorrow at 09:00", "closed all day today");
    }

    @Test
    void aHolidayIsClosedAndNamed() {
        // Friday 25 December 2026, then Saturday's short hours
        SkillResult result = ask(config("Europe/Berlin", ""), "2026-12-25T10:00:00Z");

        assertThat(result.text()).startsWith("We're closed right now (Christmas Day).")
                .contains("We open again tomorrow at 10:00", "closed all day today");
    }

    @Test
    void beforeOpeningOpensLaterToday() {
        SkillResult result = ask(config("Europe/Berlin", ""), "2026-11-05T06:00:00Z");

        assertThat(result.text()).contains("We open again today at 09:00");
    }

    @Test
    void addsTheAddressWhenConfigured() {
        assertThat(ask(config("Europe/Berlin", "Hauptstraße 5, 10115 Berlin"), "2026-11-05T10:00:00Z").text())
                .endsWith("You'll find us at Hauptstraße 5, 10115 Berlin.");
    }

    @Test
    void aWrongConfigurationSaysWhatIsWrongAndHowToWriteIt() {
        OpeningHoursSkill.Config zone = config("Europe/Berlni", "");
        assertThatThrownBy(() -> new OpeningHoursSkill(zone, Clock.systemUTC()))
                .hasMessageContaining("Europe/Berlni").hasMessageContaining("Europe/London");

        OpeningHoursSkill.Config hours = config("Europe/Berlin", "");
        when(hours.weeklyHours()).thenReturn(new String[] {"MON-FRI 9-18"});
        assertThatThrownBy(() -> new OpeningHoursSkill(hours, Clock.systemUTC()))
                .hasMessageContaining("MON-FRI 9-18").hasMessageContaining("MON-FRI 09:00-18:00");
    }

    @Test
    void aCfgFileSeparatesEntriesWithSemicolons() {
        OpeningHoursSkill.Config config = config("Europe/Berlin", "");
        when(config.weeklyHours()).thenReturn(new String[] {"MON-FRI 09:00-18:00; SAT 10:00-13:00,14:00-16:00"});
        when(config.holidays()).thenReturn(new String[] {"2026-12-24 Christmas Eve; 2026-12-25 Christmas Day"});

        // Saturday 7 November 13:30 in Berlin: the lunch break
        assertThat(new Dialogue(new OpeningHoursSkill(config, Clock.fixed(Instant.parse("2026-11-07T12:30:00Z"), ZoneOffset.UTC)))
                .say("open?", "opening_hours").text()).contains("We open again today at 14:00", "10:00\u201313:00, 14:00\u201316:00");
        assertThat(ask(config, "2026-12-24T10:00:00Z").text()).contains("Christmas Eve");
    }

    private static SkillResult ask(OpeningHoursSkill.Config config, String instant) {
        OpeningHoursSkill skill = new OpeningHoursSkill(config, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
        return new Dialogue(skill).say("when are you open?", "opening_hours");
    }

    private static OpeningHoursSkill.Config config(String zone, String address) {
        OpeningHoursSkill.Config config = mock(OpeningHoursSkill.Config.class);
        when(config.timeZone()).thenReturn(zone);
        when(config.weeklyHours()).thenReturn(new String[] {"MON-FRI 09:00-18:00", "SAT 10:00-13:00,14:00-16:00"});
        when(config.holidays()).thenReturn(new String[] {"2026-12-25 Christmas Day"});
        when(config.address()).thenReturn(address);
        return config;
    }
}
