package dev.parley.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import dev.parley.dashboard.ConsoleLogin.Outcome;

class ConsoleLoginTest {

    private static final String PLAIN = "DHHvsSWCuZUNdeu3Q9hu";
    private static final String HASH = "{sha-256}02849a34dffa0e93-1000-otnJOwOO+rHitAHiPRZ7kMGFyopUeZq1eTCZqmxR7Ps=";

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static ConfigurationAdmin console(String username, String password) throws Exception {
        ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
        Configuration configuration = mock(Configuration.class);
        Dictionary<String, Object> properties = new Hashtable<>();
        if (username != null) {
            properties.put("username", username);
        }
        if (password != null) {
            properties.put("password", password);
        }
        when(configuration.getProperties()).thenReturn(properties);
        when(admin.listConfigurations(anyString())).thenReturn(new Configuration[] { configuration });
        return admin;
    }

    private static ConsoleLogin login(ConfigurationAdmin admin, Map<String, String> frameworkProperties) {
        return new ConsoleLogin(admin, frameworkProperties::get);
    }

    @Test
    void theConsolesUserAndPasswordGetIn() throws Exception {
        ConsoleLogin login = login(console("ops", HASH), Map.of());
        assertThat(login.check(basic("ops", PLAIN))).isEqualTo(Outcome.ACCEPTED);
        assertThat(login.check("basic " + basic("ops", PLAIN).substring(6))).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aWrongUserOrPasswordIsRejected() throws Exception {
        ConsoleLogin login = login(console("ops", HASH), Map.of());
        assertThat(login.check(basic("admin", PLAIN))).isEqualTo(Outcome.REJECTED);
        assertThat(login.check(basic("ops", "guess"))).isEqualTo(Outcome.REJECTED);
        assertThat(login.check("Basic not-base64!")).isEqualTo(Outcome.REJECTED);
        assertThat(login.check("Basic " + Base64.getEncoder().encodeToString("no colon".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Outcome.REJECTED);
        assertThat(login.check("Basic " + Base64.getEncoder().encodeToString(new byte[] { 'o', 'p', 's', ':', (byte) 0xff })))
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void noBasicCredentialsAreMissing() throws Exception {
        ConsoleLogin login = login(console("ops", HASH), Map.of());
        assertThat(login.check(null)).isEqualTo(Outcome.MISSING);
        assertThat(login.check("Bearer abc")).isEqualTo(Outcome.MISSING);
    }

    @Test
    void theFrameworkPropertiesFillInWhatTheConfigurationLacks() throws Exception {
        Map<String, String> defaults = Map.of(ConsoleLogin.USERNAME_FRAMEWORK_PROPERTY, "boss",
                ConsoleLogin.PASSWORD_FRAMEWORK_PROPERTY, HASH);
        assertThat(login(console(null, null), defaults).check(basic("boss", PLAIN))).isEqualTo(Outcome.ACCEPTED);
        assertThat(login(null, defaults).check(basic("boss", PLAIN))).isEqualTo(Outcome.ACCEPTED);
        // the configuration wins over the framework properties, as in the console
        assertThat(login(console("ops", "{sha-256}other"), defaults).check(basic("boss", PLAIN)))
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void theConsolesWellKnownDefaultLetsNobodyIn() throws Exception {
        assertThat(login(console("admin", ConsoleLogin.WELL_KNOWN_HASH), Map.of()).check(basic("admin", "admin")))
                .isEqualTo(Outcome.NO_PASSWORD_SET);
        assertThat(login(console("admin", "admin"), Map.of()).check(basic("admin", "admin")))
                .isEqualTo(Outcome.NO_PASSWORD_SET);
        assertThat(login(null, Map.of()).check(basic("admin", "admin"))).isEqualTo(Outcome.NO_PASSWORD_SET);
    }
}
