package dev.parley.nlp.entity;

import static dev.parley.nlp.entity.Recognition.entities;
import static dev.parley.nlp.entity.Recognition.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneRecognitionTest {

    @Test
    void anInternationalNumberBecomesPlusAndDigits() {
        assertThat(entities(EntityTypes.PHONE, "call me on +44 20 7946 0958 after 5pm"))
                .extracting(Entity::value, Entity::text, Entity::start)
                .containsExactly(tuple("+442079460958", "+44 20 7946 0958", 11));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my number is +49 30 1234567|+49301234567",
            "Ring +49 (0)30 1234567 please|+49301234567",
            "US office: +1 (555) 123-4567|+15551234567",
            "Paris +33 1 23 45 67 89|+33123456789",
            "landline (030) 123-4567|0301234567",
            "mobile 0171 2345678|01712345678",
            "at work 030/1234567|0301234567",
            "call 555-123-4567 today|5551234567",
            "from abroad 0049 30 1234567|+49301234567"})
    void normalizesTheUsualWaysOfWritingANumber(String text, String value) {
        assertThat(values(EntityTypes.PHONE, text)).containsExactly(value);
    }

    @Test
    void aConfiguredRegionTurnsNationalNumbersIntoInternationalOnes() {
        EntityPatterns germany = EntityPatterns.builder().phoneRegionPrefix("+49").build();

        assertThat(Recognition.entities(germany, "call (030) 123-4567 or +44 20 7946 0958"))
                .extracting(Entity::value).containsExactly("+49301234567", "+442079460958");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "order 100234",                  // an order number
            "ordered on 2026-11-03",         // an ISO date
            "ordered on 03-11-2026",         // a numeric date
            "charged 12.345.678 in error",   // a grouped amount
            "orders 12345 67890",            // two order numbers
            "call 0301234567",               // digits without any grouping
            "it is 123-4567",                // too few digits without a region
            "+12 34"})                       // too few digits even with a plus
    void numbersThatAreNotPhoneNumbers(String text) {
        assertThat(values(EntityTypes.PHONE, text)).isEmpty();
    }

    @Test
    void anOrderNumberInsideAPhoneNumberIsNotReportedSeparately() {
        assertThat(entities("my number: +49 30 1234567")).extracting(Entity::type)
                .containsExactly(EntityTypes.PHONE);
    }

    @Test
    void aBracketAroundTheWholeNumberIsNotPartOfIt() {
        assertThat(entities(EntityTypes.PHONE, "(030 1234567)")).extracting(Entity::text, Entity::start)
                .containsExactly(tuple("030 1234567", 1));
    }
}
