package dev.parley.nlp.entity;

import static dev.parley.nlp.entity.Recognition.CONTEXT;
import static dev.parley.nlp.entity.Recognition.entities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.EntityTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input a chat widget or an e-mail import may deliver. Long inputs check the result only: they
 * would never finish if a pattern backtracked catastrophically.
 */
class RobustnessTest {

    private static final int HUNDRED_KB = 100 * 1024;

    private final EntityRecognizer recognizer = new EntityRecognizer(EntityPatterns.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n \r\n", "\u00A0\u2003"})
    void blankTextHasNoEntities(String text) {
        assertThat(recognizer.recognize(text, CONTEXT)).isEmpty();
    }

    @Test
    void nullTextHasNoEntitiesButANullContextIsAnError() {
        assertThat(recognizer.recognize(null, CONTEXT)).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> recognizer.recognize("order 100234", null))
                .withMessageContaining("context");
    }

    /**
     * Each fragment repeated to 100 KB: runs that tempt a pattern to try every start again. Quoted
     * fragments end in a space, which the CSV source would otherwise trim.
     */
    @ParameterizedTest(name = "\"{0}\" repeated: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "0123456789|none", "1.|none", "1-|none", "\"+1 \"|none", "(0|none", "#1|none", "1Z|none",
            "a.|none", "a@|none", "a.a@|none", "\"order \"|none", "ab-1|none", "Friday|none",
            "€1|money", "\"May 1 \"|date", "\"in 1 days \"|date", "\"ada@example.com \"|email"})
    void a100KbRunOfOneFragmentIsHandled(String fragment, String expectedType) {
        String text = fragment.repeat(HUNDRED_KB / fragment.length());

        List<Entity> found = Recognition.checked(text, recognizer.recognize(text, CONTEXT));

        if (expectedType.equals("none")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).hasSizeGreaterThan(1000).extracting(Entity::type).containsOnly(expectedType);
        }
    }

    @Test
    void a100KbRunOfDigitsIsNoEntity() {
        assertThat(recognizer.recognize("7".repeat(HUNDRED_KB), CONTEXT)).isEmpty();
    }

    @Test
    void a100KbMessageYieldsEveryEntityItContains() {
        String sentence = "Order #100234 on 2026-11-03 cost €25.50, mail ada@example.com. ";
        int copies = HUNDRED_KB / sentence.length();

        List<Entity> found = entities(sentence.repeat(copies));

        assertThat(found).hasSize(4 * copies);
        assertThat(found.get(found.size() - 1).value()).isEqualTo("ada@example.com");
    }

    @Test
    void controlCharactersEmojiAndOtherScriptsDoNotDisturbRecognition() {
        String text = "\u0000\u0007📦 订单 order 100234 🙏\u202E مرحبا ada@example.com Привет\uD800 25 € \uFEFF";

        assertThat(entities(text)).extracting(Entity::type, Entity::value).containsExactly(
                tuple(EntityTypes.ORDER_NUMBER, "100234"),
                tuple(EntityTypes.EMAIL, "ada@example.com"),
                tuple(EntityTypes.MONEY, "25 EUR"));
    }

    @Test
    void digitsOfOtherScriptsAreNotMisreadAsAsciiNumbers() {
        assertThat(entities("رقم الطلب ١٠٠٢٣٤ 订单号１００２３４")).isEmpty();
    }

    @Test
    void concurrentCallsGetTheSameResultsAsSequentialOnes() throws Exception {
        List<String> messages = IntStream.range(0, 200).mapToObj(i -> "order " + (100000 + i)
                + " on " + (1 + i % 28) + " November, call +49 30 " + (1000000 + i) + ", paid " + i + ",50 €")
                .toList();
        List<List<Entity>> expected = messages.stream().map(text -> recognizer.recognize(text, CONTEXT)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<List<Entity>>>> workers = new ArrayList<>();
            for (int worker = 0; worker < 8; worker++) {
                workers.add(() -> messages.stream().map(text -> recognizer.recognize(text, CONTEXT)).toList());
            }
            for (Future<List<List<Entity>>> result : pool.invokeAll(workers)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(7)).extracting(Entity::type).containsExactly(EntityTypes.ORDER_NUMBER,
                EntityTypes.DATE, EntityTypes.PHONE, EntityTypes.MONEY);
    }

    @Test
    void theResultCannotBeModified() {
        List<Entity> found = recognizer.recognize("order 100234", CONTEXT);

        assertThat(found).hasSize(1);
        assertThatThrownBy(() -> found.add(found.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
