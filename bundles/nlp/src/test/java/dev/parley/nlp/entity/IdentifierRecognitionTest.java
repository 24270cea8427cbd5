package dev.parley.nlp.entity;

import static dev.parley.nlp.entity.Recognition.entities;
import static dev.parley.nlp.entity.Recognition.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierRecognitionTest {

    @Test
    void findsTheOrderNumberAfterTheWordOrderAndReportsOnlyItsDigits() {
        String text = "Where is my order 100234? I ordered it last Friday";

        List<Entity> orders = entities(EntityTypes.ORDER_NUMBER, text);

        assertThat(orders).extracting(Entity::value, Entity::text, Entity::start, Entity::end)
                .containsExactly(tuple("100234", "100234", 18, 24));
        assertThat(orders.get(0).confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void acceptsTheUsualWaysOfIntroducingAnOrderNumber() {
        assertThat(values(EntityTypes.ORDER_NUMBER,
                "Order #100235 arrived, order no. 100236 did not, nor did no. 1002370 or Order Number: 55501234."))
                .containsExactly("100235", "100236", "1002370", "55501234");
    }

    @Test
    void aBareNumberIsAnOrderNumberWithLowerConfidence() {
        Entity bare = entities(EntityTypes.ORDER_NUMBER, "It's 100234, the blue one").get(0);
        Entity introduced = entities(EntityTypes.ORDER_NUMBER, "It's order 100234, the blue one").get(0);

        assertThat(bare.value()).isEqualTo("100234");
        assertThat(bare.confidence()).isLessThan(introduced.confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"only 1234 left", "call 12345678901", "it weighs 12345.5 kg", "code A100234 failed",
            "the orders are in"})
    void numbersTooShortTooLongDecimalOrInsideAWordAreNoOrderNumbers(String text) {
        assertThat(values(EntityTypes.ORDER_NUMBER, text)).isEmpty();
    }

    @Test
    void findsProductCodesInUpperCase() {
        String text = "I got SKU-12345 instead of AB-1234, can you swap it?";

        assertThat(entities(EntityTypes.PRODUCT_CODE, text)).extracting(Entity::value, Entity::start)
                .containsExactly(tuple("SKU-12345", 6), tuple("AB-1234", 27));
    }

    @Test
    void lowerCaseWordsWithDashesAreNoProductCodes() {
        assertThat(values(EntityTypes.PRODUCT_CODE, "a well-known e-mail issue, covid-19 delays")).isEmpty();
    }

    @Test
    void findsUpsTrackingNumbersAnywhereInUpperCase() {
        assertThat(entities(EntityTypes.TRACKING_NUMBER, "tracking 1Z999AA10123456784 says delivered"))
                .extracting(Entity::value, Entity::text)
                .containsExactly(tuple("1Z999AA10123456784", "1Z999AA10123456784"));
        assertThat(values(EntityTypes.TRACKING_NUMBER, "UPS shows 1z999aa10123456784."))
                .containsExactly("1Z999AA10123456784");
    }

    @Test
    void findsLongDigitTrackingNumbersOnlyAfterATrackingWord() {
        assertThat(values(EntityTypes.TRACKING_NUMBER,
                "The tracking number is 123456789012, parcel: 12345678901234567890"))
                .containsExactly("123456789012", "12345678901234567890");
        assertThat(values(EntityTypes.TRACKING_NUMBER, "my card ends 123456789012")).isEmpty();
    }

    @Test
    void aUpsNumberIsNotAlsoAnOrderNumber() {
        assertThat(entities("tracking 1Z999AA10123456784")).extracting(Entity::type)
                .containsExactly(EntityTypes.TRACKING_NUMBER);
    }
}
