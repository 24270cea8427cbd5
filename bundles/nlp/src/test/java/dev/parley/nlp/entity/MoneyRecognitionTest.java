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

class MoneyRecognitionTest {

    @Test
    void anAmountWithASymbolBeforeIt() {
        assertThat(entities(EntityTypes.MONEY, "I was charged €25.50 twice"))
                .extracting(Entity::value, Entity::text, Entity::start, Entity::end)
                .containsExactly(tuple("25.50 EUR", "€25.50", 14, 20));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "it cost €25|25 EUR",
            "the refund was 25 EUR|25 EUR",
            "I paid $19.99 for it|19.99 USD",
            "only 19,99 € on the website|19.99 EUR",
            "Preis 19,99\u00A0€|19.99 EUR",
            "I want my 25 dollars back|25 USD",
            "ten bucks, 10 bucks|10 USD",
            "a £5 voucher|5 GBP",
            "CHF 1'000 less 10 %|1000 CHF",
            "the TV was 1.299,00 EUR|1299.00 EUR",
            "the TV was US$1,299.00|1299.00 USD",
            "it said 1,299 euros|1299 EUR"})
    void normalizesTheAmountAndTheCurrency(String text, String value) {
        assertThat(values(EntityTypes.MONEY, text)).containsExactly(value);
    }

    @Test
    void anAmountAfterAPaymentWordIsInTheShopCurrencyWithLowConfidence() {
        Entity charged = entities(EntityTypes.MONEY, "You charged me 25.50 yesterday").get(0);

        assertThat(charged.value()).isEqualTo("25.50 EUR");
        assertThat(charged.text()).isEqualTo("25.50");
        assertThat(charged.confidence()).isLessThan(0.9);
    }

    @Test
    void withoutAShopCurrencyAnAmountAfterAPaymentWordHasNoCode() {
        EntityPatterns noCurrency = EntityPatterns.builder().defaultCurrency("").build();

        assertThat(Recognition.entities(noCurrency, "I paid 25.50")).extracting(Entity::value)
                .containsExactly("25.50");
    }

    @Test
    void aDollarMeansTheShopsDollarWhenItHasOne() {
        EntityPatterns canada = EntityPatterns.builder().defaultCurrency("CAD").build();

        assertThat(Recognition.entities(canada, "$19.99, 20 dollars and US$5")).extracting(Entity::value)
                .containsExactly("19.99 CAD", "20 CAD", "5 USD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I need 25 of them", "order 100234", "I paid 2 times", "try 25 times",
            "we paid 3 days ago"})
    void aNumberWithoutCurrencyOrPaymentWordIsNotMoney(String text) {
        assertThat(values(EntityTypes.MONEY, text)).isEmpty();
    }

    @Test
    void theDigitsOfAnAmountAreNotAnOrderNumber() {
        assertThat(entities("a refund of €100234.00 please")).extracting(Entity::type, Entity::value)
                .containsExactly(tuple(EntityTypes.MONEY, "100234.00 EUR"));
    }
}
