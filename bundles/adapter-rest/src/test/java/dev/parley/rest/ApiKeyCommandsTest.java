package dev.parley.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class ApiKeyCommandsTest {

    private final ConfigurationAdmin configurationAdmin = mock(ConfigurationAdmin.class);
    private final Configuration configuration = mock(Configuration.class);
    private final ApiKeyCommands commands = new ApiKeyCommands(configurationAdmin);
    private final Hashtable<String, Object> properties = new Hashtable<>();

    @TempDir
    Path etc;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        when(configurationAdmin.getConfiguration(eq(RestApiServlet.PID), any())).thenReturn(configuration);
        when(configuration.getProperties()).thenReturn(properties);
        file = Files.writeString(etc.resolve("dev.parley.rest.cfg"),
                "# REST API\napiKeys=\\\n  sha256:continued\nmaxTextBytes=8192\n");
        properties.put(ApiKeyCommands.FILE_NAME_PROPERTY, file.toUri().toString());
    }

    @SuppressWarnings("unchecked")
    private String savedApiKeys() throws Exception {
        ArgumentCaptor<Dictionary<String, Object>> saved = ArgumentCaptor.forClass(Dictionary.class);
        verify(configuration).update(saved.capture());
        return (String) saved.getValue().get(RestApiServlet.API_KEYS_PROPERTY);
    }

    @Test
    void generatePrintsAKeyWhoseHashIsAddedToTheExistingOnes() throws Exception {
        String existing = ApiKeys.hash("old");
        properties.put(RestApiServlet.API_KEYS_PROPERTY, existing);

        String output = commands.apikey("generate");

        Matcher key = Pattern.compile("prl_[A-Za-z0-9_-]+").matcher(output);
        assertThat(key.find()).isTrue();
        String saved = savedApiKeys();
        assertThat(saved).isEqualTo(existing + "," + ApiKeys.hash(key.group())).doesNotContain(key.group());
        assertThat(ApiKeys.of(new String[] { saved }, null).accepts(key.group())).isTrue();
        assertThat(output).doesNotContain("lasts until");
        assertThat(Files.readAllLines(file))
                .containsExactly("# REST API", "apiKeys=" + saved, "maxTextBytes=8192");
    }

    @Test
    void generateWarnsWhenNoFileKeepsTheConfiguration() throws Exception {
        properties.remove(ApiKeyCommands.FILE_NAME_PROPERTY);

        assertThat(commands.apikey("generate")).contains("only lasts until Parley restarts").contains("apiKeys=sha256:");
    }

    @Test
    void revokeRemovesTheOneKeyItsPrefixNames() throws Exception {
        String keep = ApiKeys.hash("keep");
        String drop = ApiKeys.hash("drop");
        properties.put(RestApiServlet.API_KEYS_PROPERTY, keep + "," + drop);

        String output = commands.apikey("revoke", drop.substring(7, 19));

        assertThat(output).startsWith("Revoked");
        assertThat(savedApiKeys()).isEqualTo(keep);
    }

    @Test
    void revokeWithAnAmbiguousOrShortPrefixChangesNothing() throws Exception {
        properties.put(RestApiServlet.API_KEYS_PROPERTY, ApiKeys.hash("a"));

        assertThat(commands.apikey("revoke", "abc")).isEqualTo(ApiKeyCommands.USAGE);
        assertThat(commands.apikey("revoke", "00000000")).startsWith("error: 0 keys match");
        verify(configuration, never()).update(any());
    }

    @Test
    void listShowsHashPrefixesOnly() {
        String hash = ApiKeys.hash("k");
        properties.put(RestApiServlet.API_KEYS_PROPERTY, new String[] { hash });

        String output = commands.apikey("list");

        assertThat(output).contains(hash.substring(0, 19)).doesNotContain(hash);
    }

    @Test
    void unknownArgumentsPrintTheUsage() {
        assertThat(commands.apikey()).isEqualTo(ApiKeyCommands.USAGE);
        assertThat(commands.apikey("rotate")).isEqualTo(ApiKeyCommands.USAGE);
    }
}
