package dev.parley.adapter.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;

class ContactRulesTest {

    @Test
    void phoneNumbersAreNormalizedToE164() {
        assertThat(ContactRules.validPhone("+49 (30) 123-4567")).isEqualTo("+49301234567");
        assertThat(ContactRules.validPhone("0049 30 1234567")).isEqualTo("+49301234567");
        assertThat(ContactRules.phoneDigits("+49 30 1234567")).isEqualTo("49301234567");
        assertThatThrownBy(() -> ContactRules.validPhone("030 1234567")).isInstanceOf(ChangeRejectedException.class);
    }

    @Test
    void emailAddressesAreLowerCasedAndChecked() {
        assertThat(ContactRules.validEmail(" Ada@Example.COM ")).isEqualTo("ada@example.com");
        assertThatThrownBy(() -> ContactRules.validEmail("ada@localhost")).isInstanceOf(ChangeRejectedException.class);
        assertThatThrownBy(() -> ContactRules.validEmail("a da@example.com")).isInstanceOf(ChangeRejectedException.class);
    }

    @Test
    void addressesNeedACountryCodeAndFitTheShopsFields() {
        Address ok = new Address("1 Babbage Lane", null, "EC1A 1BB", "London", null, "GB");

        assertThat(ContactRules.validAddress(ok)).isEqualTo(ok);
        assertThatThrownBy(() -> ContactRules.validAddress(new Address("x".repeat(201), null, null, "London", null, "GB")))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("too long");
        assertThatThrownBy(() -> ContactRules.validAddress(new Address("1 Babbage Lane", null, null, "London", null, "gb")))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("two-letter code");
    }
}
