package dev.parley.skills.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoTest {

    @ParameterizedTest
    @ValueSource(strings = {"yes", "Yep!", "sure", "OK", "please do", "confirm", "yes, cancel it", "Yes please."})
    void readsYes(String text) {
        assertThat(YesNo.read(text)).isEqualTo(YesNo.Answer.YES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "Nope", "don't", "Don\u2019t!", "cancel that", "no, keep it"})
    void readsNo(String text) {
        assertThat(YesNo.read(text)).isEqualTo(YesNo.Answer.NO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is the weather", "maybe later", "nothing", "yesterday", "okayish"})
    void leavesEverythingElseUnclear(String text) {
        assertThat(YesNo.read(text)).isEqualTo(YesNo.Answer.UNCLEAR);
    }
}
