package dev.parley.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {

    private static Entity entity(String type, int start, int end, double confidence) {
        return new Entity(type, "v", "x".repeat(end - start), start, end, confidence);
    }

    @Test
    void theLongerOfTwoOverlappingCandidatesWins() {
        Entity order = entity(EntityTypes.ORDER_NUMBER, 7, 14, 0.95);
        Entity phone = entity(EntityTypes.PHONE, 0, 14, 0.85);

        assertThat(OverlapResolver.resolve(List.of(order, phone))).containsExactly(phone);
    }

    @Test
    void atEqualLengthTheMoreSpecificTypeWinsEvenWhenLessConfident() {
        Entity product = entity(EntityTypes.PRODUCT_CODE, 0, 10, 0.95);
        Entity order = entity(EntityTypes.ORDER_NUMBER, 0, 10, 0.6);
        Entity date = entity(EntityTypes.DATE, 20, 30, 0.75);
        Entity phone = entity(EntityTypes.PHONE, 20, 30, 0.85);

        assertThat(OverlapResolver.resolve(List.of(product, order, phone, date))).containsExactly(order, date);
    }

    @Test
    void atEqualLengthAndTypeTheMoreConfidentWins() {
        Entity guess = entity(EntityTypes.DATE, 0, 6, 0.7);
        Entity sure = entity(EntityTypes.DATE, 3, 9, 0.9);

        assertThat(OverlapResolver.resolve(List.of(guess, sure))).containsExactly(sure);
    }

    @Test
    void keepsEveryCandidateThatOverlapsNothingInTextOrder() {
        Entity first = entity(EntityTypes.EMAIL, 0, 5, 0.99);
        Entity touching = entity(EntityTypes.MONEY, 5, 8, 0.95);
        Entity last = entity(EntityTypes.DATE, 20, 30, 0.9);
        Entity inside = entity(EntityTypes.ORDER_NUMBER, 22, 27, 0.95);

        assertThat(OverlapResolver.resolve(List.of(last, inside, touching, first)))
                .containsExactly(first, touching, last);
    }

    @Test
    void anUnknownTypeLosesTiesToKnownOnes() {
        Entity custom = entity("ticket_number", 0, 4, 1.0);
        Entity phone = entity(EntityTypes.PHONE, 0, 4, 0.5);

        assertThat(OverlapResolver.resolve(List.of(custom, phone))).containsExactly(phone);
    }
}
