package dev.parley.nlp.entity;

import static dev.parley.nlp.entity.Recognition.entities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import org.junit.jupiter.api.Test;

/** Whole customer messages with several entities, as the assistant receives them. */
class MixedMessageTest {

    @Test
    void aComplaintWithOrderDateAmountAndContactDetails() {
        String text = "Hi, order #100234 from 3 November still hasn't arrived (tracking 1Z999AA10123456784)."
                + " I was charged €25.50 twice! Reach me at ada@example.com or +49 30 1234567.";

        assertThat(entities(text)).extracting(Entity::type, Entity::value).containsExactly(
                tuple(EntityTypes.ORDER_NUMBER, "100234"),
                tuple(EntityTypes.DATE, "2026-11-03"),
                tuple(EntityTypes.TRACKING_NUMBER, "1Z999AA10123456784"),
                tuple(EntityTypes.MONEY, "25.50 EUR"),
                tuple(EntityTypes.EMAIL, "ada@example.com"),
                tuple(EntityTypes.PHONE, "+49301234567"));
    }

    @Test
    void anExchangeRequestWithProductCodesAndADeadline() {
        String text = "Can I swap SKU-12345 for AB-1234 by next Monday? It cost 19,99 € on 2026-11-10.";

        assertThat(entities(text)).extracting(Entity::type, Entity::text).containsExactly(
                tuple(EntityTypes.PRODUCT_CODE, "SKU-12345"),
                tuple(EntityTypes.PRODUCT_CODE, "AB-1234"),
                tuple(EntityTypes.DATE, "next Monday"),
                tuple(EntityTypes.MONEY, "19,99 €"),
                tuple(EntityTypes.DATE, "2026-11-10"));
    }

    @Test
    void aMessageWithoutFactsHasNoEntities() {
        assertThat(entities("Hello, I have a question about your return policy. Thanks!")).isEmpty();
    }
}
