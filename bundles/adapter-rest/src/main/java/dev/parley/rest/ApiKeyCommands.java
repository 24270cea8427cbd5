package dev.parley.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gogo shell commands for API keys: {@code parley:apikey generate} prints a new key once and adds
 * its hash to the configuration {@value RestApiServlet#PID}; {@code parley:apikey list} shows the
 * accepted hashes; {@code parley:apikey revoke <hash prefix>} removes one. The change is written to
 * {@code etc/dev.parley.rest.cfg}, which FileInstall read the configuration from, and given to
 * ConfigAdmin, so the REST API applies it at once and keeps it after a restart.
 */
@Component(service = ApiKeyCommands.class, property = {
        "osgi.command.scope=parley",
        "osgi.command.function=apikey" })
public final class ApiKeyCommands {

    static final String USAGE = "usage: apikey generate | apikey list | apikey revoke <hash prefix, at least 8 hex digits>";
    static final String FILE_NAME_PROPERTY = "felix.fileinstall.filename";
    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyCommands.class);
    private static final int SHOWN_HEX_DIGITS = 12;

    private final ConfigurationAdmin configurationAdmin;

    @Activate
    public ApiKeyCommands(@Reference ConfigurationAdmin configurationAdmin) {
        this.configurationAdmin = configurationAdmin;
    }

    public String apikey(String... arguments) {
        try {
            if (arguments.length == 1 && arguments[0].equals("generate")) {
                return generate();
            }
            if (arguments.length == 1 && arguments[0].equals("list")) {
                return list();
            }
            if (arguments.length == 2 && arguments[0].equals("revoke")) {
                return revoke(arguments[1]);
            }
            return USAGE;
        } catch (IOException e) {
            return "error: the configuration " + RestApiServlet.PID + " could not be read or written: " + e.getMessage();
        }
    }

    private String generate() throws IOException {
        String key = ApiKeys.generate();
        String hash = ApiKeys.hash(key);
        Configuration configuration = configuration();
        List<String> hashes = new ArrayList<>(configuredHashes(configuration));
        hashes.add(hash);
        boolean persistent = save(configuration, hashes);
        LOG.info("API key {} added to {}", shortHash(hash), RestApiServlet.PID);
        return "New API key (shown only this once; keep it in the host's secret store):\n  " + key + "\n"
                + "Its hash " + shortHash(hash) + " was added to " + RestApiServlet.PID + " apiKeys."
                + (persistent ? "" : "\n" + notPersistentWarning(hash));
    }

    private String list() throws IOException {
        List<String> hashes = configuredHashes(configuration());
        if (hashes.isEmpty()) {
            return "No API key is configured in " + RestApiServlet.PID + ". Create one with: apikey generate";
        }
        StringBuilder out = new StringBuilder("Accepted API keys (hash prefixes):\n");
        hashes.forEach(hash -> out.append("  ").append(shortHash(hash)).append('\n'));
        return out.toString();
    }

    private String revoke(String prefix) throws IOException {
        String wanted = prefix.startsWith(ApiKeys.HASH_PREFIX) ? prefix.substring(ApiKeys.HASH_PREFIX.length()) : prefix;
        if (!wanted.matches("[0-9a-f]{8,64}")) {
            return USAGE;
        }
        Configuration configuration = configuration();
        List<String> hashes = new ArrayList<>(configuredHashes(configuration));
        List<String> matches = hashes.stream().filter(hash -> hash.startsWith(ApiKeys.HASH_PREFIX + wanted)).toList();
        if (matches.size() != 1) {
            return "error: " + matches.size() + " keys match " + wanted + "; give a prefix that matches exactly one (apikey list)";
        }
        hashes.remove(matches.get(0));
        boolean persistent = save(configuration, hashes);
        LOG.info("API key {} revoked in {}", shortHash(matches.get(0)), RestApiServlet.PID);
        return "Revoked " + shortHash(matches.get(0)) + "; requests with it are refused from now on."
                + (persistent ? "" : "\nThe configuration is not backed by etc/dev.parley.rest.cfg; remove it there too.");
    }

    private Configuration configuration() throws IOException {
        return configurationAdmin.getConfiguration(RestApiServlet.PID, "?");
    }

    private static List<String> configuredHashes(Configuration configuration) {
        Dictionary<String, Object> properties = configuration.getProperties();
        if (properties == null) {
            return List.of();
        }
        Object value = properties.get(RestApiServlet.API_KEYS_PROPERTY);
        String[] elements = value instanceof String[] array ? array
                : value instanceof Iterable<?> iterable ? toArray(iterable)
                : value == null ? new String[0] : new String[] { value.toString() };
        return ApiKeys.entries(elements);
    }

    private static String[] toArray(Iterable<?> iterable) {
        List<String> elements = new ArrayList<>();
        iterable.forEach(element -> elements.add(String.valueOf(element)));
        return elements.toArray(String[]::new);
    }

    /**
     * Saves the hashes as one comma-separated string, the form a {@code .cfg} file keeps: first to
     * the file the configuration came from, then to ConfigAdmin.
     */
    private static boolean save(Configuration configuration, List<String> hashes) throws IOException {
        Dictionary<String, Object> properties = configuration.getProperties();
        if (properties == null) {
            properties = new Hashtable<>();
        }
        String value = String.join(",", hashes);
        Object fileName = properties.get(FILE_NAME_PROPERTY);
        if (fileName != null) {
            ConfigurationFile.setProperty(ConfigurationFile.of(fileName), RestApiServlet.API_KEYS_PROPERTY, value);
        }
        properties.put(RestApiServlet.API_KEYS_PROPERTY, value);
        configuration.update(properties);
        return fileName != null;
    }

    private static String notPersistentWarning(String hash) {
        return "etc/dev.parley.rest.cfg does not exist, so the key only lasts until Parley restarts: "
                + "add the line apiKeys=" + hash + " to that file to keep it.";
    }

    static String shortHash(String hash) {
        return hash.substring(0, Math.min(hash.length(), ApiKeys.HASH_PREFIX.length() + SHOWN_HEX_DIGITS));
    }
}
