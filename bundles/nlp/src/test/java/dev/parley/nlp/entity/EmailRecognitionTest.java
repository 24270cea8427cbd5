package dev.parley.nlp.entity;

import static dev.parley.nlp.entity.Recognition.entities;
import static dev.parley.nlp.entity.Recognition.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import org.junit.jupiter.api.Test;

class EmailRecognitionTest {

    @Test
    void reportsTheAddressInLowerCaseAndTheTextAsWritten() {
        assertThat(entities(EntityTypes.EMAIL, "my email is now Ada.Lovelace@Example.com"))
                .extracting(Entity::value, Entity::text, Entity::start, Entity::end)
                .containsExactly(tuple("ada.lovelace@example.com", "Ada.Lovelace@Example.com", 16, 40));
    }

    @Test
    void sentencePunctuationAfterTheAddressIsNotPartOfIt() {
        assertThat(entities(EntityTypes.EMAIL, "Please write to ada@example.com. Or (ada+shop@mail.example.co.uk)!"))
                .extracting(Entity::text)
                .containsExactly("ada@example.com", "ada+shop@mail.example.co.uk");
    }

    @Test
    void anAddressInsideQuotesOrAfterPunctuationIsFound() {
        assertThat(values(EntityTypes.EMAIL, "\"bob_99@example.org\", ...grace@example.net"))
                .containsExactly("bob_99@example.org", "grace@example.net");
    }

    @Test
    void textThatOnlyLooksLikeAnAddressIsNone() {
        assertThat(values(EntityTypes.EMAIL, "meet @ 5, user@localhost, a@b.c, see you@home")).isEmpty();
    }

    @Test
    void theDigitsOfAnAddressAreNeitherAnOrderNorAPhoneNumber() {
        assertThat(entities("reach me at 0301234567@example.com")).extracting(Entity::type)
                .containsExactly(EntityTypes.EMAIL);
    }
}
