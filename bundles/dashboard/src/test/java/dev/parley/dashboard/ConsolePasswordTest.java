package dev.parley.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsolePasswordTest {

    /** A password and the hash the Felix Web Console 5.0.18 itself wrote for it to etc/. */
    private static final String CONSOLE_PLAIN = "DHHvsSWCuZUNdeu3Q9hu";
    private static final String CONSOLE_HASH = "{sha-256}02849a34dffa0e93-1000-otnJOwOO+rHitAHiPRZ7kMGFyopUeZq1eTCZqmxR7Ps=";

    @Test
    void acceptsThePasswordOfAHashTheConsoleWrote() {
        assertThat(ConsolePassword.matches(CONSOLE_HASH, CONSOLE_PLAIN)).isTrue();
    }

    @Test
    void refusesAnyOtherPassword() {
        assertThat(ConsolePassword.matches(CONSOLE_HASH, CONSOLE_PLAIN.toLowerCase())).isFalse();
        assertThat(ConsolePassword.matches(CONSOLE_HASH, "")).isFalse();
        assertThat(ConsolePassword.matches(CONSOLE_HASH, CONSOLE_HASH)).isFalse();
    }

    @Test
    void readsTheUnsaltedFormOfOlderConsoles() {
        assertThat(ConsolePassword.matches(ConsoleLogin.WELL_KNOWN_HASH, "admin")).isTrue();
        assertThat(ConsolePassword.matches(ConsoleLogin.WELL_KNOWN_HASH, "admin ")).isFalse();
    }

    @Test
    void comparesAPlainStoredPasswordAsItIs() {
        assertThat(ConsolePassword.matches("Correct-Horse", "Correct-Horse")).isTrue();
        assertThat(ConsolePassword.matches("Correct-Horse", "correct-horse")).isFalse();
    }

    @Test
    void nothingMatchesAMissingOrBrokenHash() {
        assertThat(ConsolePassword.matches(null, "admin")).isFalse();
        assertThat(ConsolePassword.matches("", "")).isFalse();
        assertThat(ConsolePassword.matches("{no-such-digest}abc", "abc")).isFalse();
        assertThat(ConsolePassword.matches("{sha-256}02849a34dffa0e93-many-otnJ=", CONSOLE_PLAIN)).isFalse();
        assertThat(ConsolePassword.matches("{sha-256}salt-0-otnJ=", CONSOLE_PLAIN)).isFalse();
    }
}
