package dev.parley.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The documented etc/dev.parley.handoff.cfg of the distribution and the fallbacks in the code say
 * the same as the component's defaults, so that an admin who reads either reads the truth.
 */
class ShippedConfigurationTest {

    private static final Path SHIPPED = Path.of("../../runtime/src/main/dist/etc/dev.parley.handoff.cfg");

    @Test
    void theShippedFileSetsEveryPropertyToItsDefault() throws Exception {
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(SHIPPED)) {
            file.load(reader);
        }

        for (Method attribute : ConfiguredHandoffRouter.Config.class.getDeclaredMethods()) {
            String name = attribute.getName();
            assertThat(file.getProperty(name)).as("etc/dev.parley.handoff.cfg documents %s", name).isNotNull();
            assertThat(ConfigEntries.split(new String[] {file.getProperty(name)}))
                    .as(name).isEqualTo(entries(attribute.getDefaultValue()));
        }
        assertThat(file.stringPropertyNames()).hasSize(ConfiguredHandoffRouter.Config.class.getDeclaredMethods().length);
    }

    @Test
    void theShippedFileIsValid() {
        assertThat(RoutingPolicyReader.read(Configs.defaults()).problems()).isEmpty();
    }

    @Test
    void theFallbacksAreTheDefaults() throws Exception {
        assertThat(Queues.DEFAULTS).isEqualTo(entries(defaultOf("queues")));
        assertThat(List.of(BusinessHoursParser.DEFAULT_OPENING_HOURS)).isEqualTo(entries(defaultOf("openingHours")));
        assertThat(List.of(ResponseTargets.DEFAULTS)).isEqualTo(entries(defaultOf("responseTargets")));
    }

    private static Object defaultOf(String attribute) throws NoSuchMethodException {
        return ConfiguredHandoffRouter.Config.class.getDeclaredMethod(attribute).getDefaultValue();
    }

    private static List<String> entries(Object value) {
        String[] values = value instanceof String[] array ? array : new String[] {(String) value};
        return ConfigEntries.split(Arrays.copyOf(values, values.length));
    }
}
