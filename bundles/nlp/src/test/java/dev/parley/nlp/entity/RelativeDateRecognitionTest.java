package dev.parley.nlp.entity;

import static dev.parley.nlp.entity.Recognition.entities;
import static dev.parley.nlp.entity.Recognition.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import dev.parley.api.nlp.ExtractionContext;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference date: Wednesday 2026-11-18 in Berlin (see {@link Recognition}). */
class RelativeDateRecognitionTest {

    @ParameterizedTest(name = "on Wednesday 2026-11-18, \"{0}\" is {1}")
    @CsvSource({
            "it came today, 2026-11-18",
            "I called tonight, 2026-11-18",
            "I ordered yesterday, 2026-11-17",
            "can it come tomorrow, 2026-11-19",
            "the day before yesterday, 2026-11-16",
            "the day after tomorrow, 2026-11-20",
            "I ordered it last Friday, 2026-11-13",
            "last Wednesday, 2026-11-11",
            "the past Monday, 2026-11-16",
            "next Monday, 2026-11-23",
            "next Wednesday, 2026-11-25",
            "this coming Friday, 2026-11-20",
            "this Monday, 2026-11-16",
            "this Sunday, 2026-11-22",
            "I ordered on Tuesday, 2026-11-17",
            "I ordered on Friday, 2026-11-13",
            "it arrived Wednesday, 2026-11-18",
            "waiting since Thursday, 2026-11-12",
            "I need it by Friday, 2026-11-20",
            "until Wednesday, 2026-11-18",
            "2 days ago, 2026-11-16",
            "a week ago, 2026-11-11",
            "three months ago, 2026-08-18",
            "in 3 days, 2026-11-21",
            "in a week, 2026-11-25",
            "last week, 2026-11-09",
            "this week, 2026-11-16",
            "next week, 2026-11-23",
            "last month, 2026-10-01",
            "next month, 2026-12-01"})
    void resolvesAgainstTheReferenceDate(String text, String value) {
        assertThat(values(EntityTypes.DATE, text)).containsExactly(value);
    }

    @Test
    void theEntityCoversTheExpressionButNotItsPreposition() {
        String text = "Where is my order 100234? I ordered it on Friday, or was it last Friday?";

        assertThat(entities(EntityTypes.DATE, text)).extracting(Entity::text, Entity::start)
                .containsExactly(tuple("Friday", 42), tuple("last Friday", 60));
    }

    @Test
    void aGuessWithoutModifierIsLessCertainThanOneWithIt() {
        Entity on = entities(EntityTypes.DATE, "on Friday").get(0);
        Entity last = entities(EntityTypes.DATE, "last Friday").get(0);

        assertThat(on.confidence()).isLessThan(last.confidence());
    }

    @Test
    void todayIsTheDateInTheReferencesTimeZone() {
        // 00:30 in Berlin is 15:30 the day before in Los Angeles: the reference's own zone decides.
        ZonedDateTime berlin = ZonedDateTime.of(2026, 11, 18, 0, 30, 0, 0, ZoneId.of("Europe/Berlin"));
        ZonedDateTime losAngeles = berlin.withZoneSameInstant(ZoneId.of("America/Los_Angeles"));
        EntityRecognizer recognizer = new EntityRecognizer(EntityPatterns.defaults());

        assertThat(recognizer.recognize("today", new ExtractionContext(berlin, Locale.GERMANY)))
                .extracting(Entity::value).containsExactly("2026-11-18");
        assertThat(recognizer.recognize("today", new ExtractionContext(losAngeles, Locale.US)))
                .extracting(Entity::value).containsExactly("2026-11-17");
    }

    @ParameterizedTest
    @ValueSource(strings = {"it took 2 days", "a week of waiting", "Sundays are slow", "todays deal",
            "last weekend", "Fridays"})
    void durationsAndLookalikesAreNoDates(String text) {
        assertThat(values(EntityTypes.DATE, text)).isEmpty();
    }
}
