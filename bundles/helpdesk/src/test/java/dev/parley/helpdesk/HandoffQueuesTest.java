package dev.parley.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Hashtable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class HandoffQueuesTest {

    @Test
    void readsCommaSeparatedQueuesOfACfgFile() throws Exception {
        ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
        Configuration configuration = mock(Configuration.class);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("queues", "general, returns ,key accounts");
        when(configuration.getProperties()).thenReturn(properties);
        when(admin.listConfigurations(anyString())).thenReturn(new Configuration[] {configuration});

        assertThat(HandoffQueues.read(admin)).containsExactly("general", "returns", "key accounts");
    }

    @Test
    void withoutConfigurationTheRoutersDefaultsApply() throws Exception {
        ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
        when(admin.listConfigurations(anyString())).thenReturn(null);

        assertThat(HandoffQueues.read(admin)).contains("general", "billing", "shipping");
    }

    @Test
    void readsArraysOfATypedConfiguration() {
        assertThat(HandoffQueues.parse(new String[] {"general", "billing"})).containsExactly("general", "billing");
        assertThat(HandoffQueues.parse(List.of("sales"))).containsExactly("sales");
        assertThat(HandoffQueues.parse("")).isEqualTo(HandoffQueues.DEFAULTS);
    }
}
