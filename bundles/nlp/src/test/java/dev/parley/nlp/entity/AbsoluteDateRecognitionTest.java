package dev.parley.nlp.entity;

import static dev.parley.nlp.entity.Recognition.entities;
import static dev.parley.nlp.entity.Recognition.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference date: Wednesday 2026-11-18 (see {@link Recognition}). */
class AbsoluteDateRecognitionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "delivered on 2026-11-03?|2026-11-03|2026-11-03",
            "ordered 2026/11/03|2026/11/03|2026-11-03",
            "ordered 3 November 2026|3 November 2026|2026-11-03",
            "ordered on the 3rd of Nov. 2026|3rd of Nov. 2026|2026-11-03",
            "ordered November 3rd, 2026.|November 3rd, 2026|2026-11-03",
            "ordered Nov 3|Nov 3|2026-11-03",
            "ordered 3 november|3 november|2026-11-03"})
    void readsDatesWithTheYearFirstOrAMonthName(String text, String written, String value) {
        assertThat(entities(EntityTypes.DATE, text)).extracting(Entity::text, Entity::value)
                .containsExactly(tuple(written, value));
    }

    @Test
    void numericDatesPutTheDayFirstByDefault() {
        assertThat(values(EntityTypes.DATE, "paid on 03/11/2026, shipped 4.11.2026, due 05-11-26"))
                .containsExactly("2026-11-03", "2026-11-04", "2026-11-05");
    }

    @Test
    void numericDatesPutTheMonthFirstWhenConfigured() {
        EntityPatterns monthFirst = EntityPatterns.builder().dayFirst(false).build();

        assertThat(Recognition.entities(monthFirst, "paid on 03/11/2026")).extracting(Entity::value)
                .containsExactly("2026-03-11");
    }

    @Test
    void theOtherOrderIsUsedWhenOnlyItGivesAValidDate() {
        Entity date = entities(EntityTypes.DATE, "it was 11/25/2026").get(0);
        Entity ambiguous = entities(EntityTypes.DATE, "it was 03/11/2026").get(0);
        Entity unambiguous = entities(EntityTypes.DATE, "it was 25/11/2026").get(0);

        assertThat(date.value()).isEqualTo("2026-11-25");
        assertThat(ambiguous.confidence()).isLessThan(unambiguous.confidence());
    }

    @ParameterizedTest(name = "on 2026-11-18, \"{0}\" is {1}")
    @CsvSource({
            "3 November, 2026-11-03",
            "18 November, 2026-11-18",
            "December 24th, 2026-12-24",
            "3 January, 2027-01-03",
            "18 May, 2027-05-18",
            "19 May, 2026-05-19",
            "20 June, 2026-06-20"})
    void aDateWithoutYearIsTheLatestOneAtMostSixMonthsAhead(String text, String value) {
        assertThat(values(EntityTypes.DATE, text)).containsExactly(value);
    }

    @Test
    void aLeapDayWithoutYearIsTheLatestLeapDayInReach() {
        assertThat(AbsoluteDateRecognizer.latestUpTo(2, 29, LocalDate.of(2027, 5, 18)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 February", "2026-02-30", "32/01/2026", "13/13/2026", "May 2026",
            "you may 2x it", "in March", "version 1.2.3"})
    void impossibleOrIncompleteDatesAreNone(String text) {
        assertThat(values(EntityTypes.DATE, text)).isEmpty();
    }

    @Test
    void aDateIsNotAlsoAnOrderOrPhoneNumber() {
        assertThat(entities("on 2026-11-03 and on 03-11-2026 and 3 November 2026"))
                .extracting(Entity::type).containsOnly(EntityTypes.DATE).hasSize(3);
    }
}
