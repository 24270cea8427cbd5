package dev.parley.dashboard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Dictionary;
import java.util.function.UnaryOperator;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The business owner's login: the Felix Web Console's user and password, read at every request
 * from the console's own configuration (PID {@value #CONSOLE_PID}, through Configuration Admin,
 * as the console reads it), else from the framework properties the console falls back to. A
 * change of the console's password therefore applies to the dashboard at once. The console's
 * well-known default password is never accepted.
 */
final class ConsoleLogin {

    static final String CONSOLE_PID = "org.apache.felix.webconsole.internal.servlet.OsgiManager";
    static final String USERNAME_PROPERTY = "username";
    static final String PASSWORD_PROPERTY = "password";
    static final String USERNAME_FRAMEWORK_PROPERTY = "felix.webconsole.username";
    static final String PASSWORD_FRAMEWORK_PROPERTY = "felix.webconsole.password";
    static final String DEFAULT_USERNAME = "admin";
    /** The console's own default password and its hash: what anybody could guess. */
    static final String WELL_KNOWN_PASSWORD = "admin";
    static final String WELL_KNOWN_HASH = "{sha-256}jGl25bVBBBW96Qi9Te4V37Fnqchz/Eu4qB9vKrRIqRg=";

    private static final String BASIC = "basic ";

    /** The console's user and its stored password (hashed or plain). */
    record Credentials(String username, String storedPassword) {

        boolean isWellKnownDefault() {
            return storedPassword == null || storedPassword.isBlank() || storedPassword.equals(WELL_KNOWN_HASH)
                    || storedPassword.equals(WELL_KNOWN_PASSWORD);
        }
    }

    /** What became of a request's credentials. */
    enum Outcome {
        ACCEPTED,
        /** No Authorization header, or not Basic. */
        MISSING,
        /** Wrong user or password, or a header that does not decode. */
        REJECTED,
        /** The console has only its well-known default password: nobody is let in. */
        NO_PASSWORD_SET
    }

    private final ConfigurationAdmin configurations;
    private final UnaryOperator<String> frameworkProperties;

    ConsoleLogin(ConfigurationAdmin configurations, UnaryOperator<String> frameworkProperties) {
        this.configurations = configurations;
        this.frameworkProperties = frameworkProperties;
    }

    Outcome check(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Outcome.MISSING;
        }
        Credentials console = credentials();
        if (console.isWellKnownDefault()) {
            return Outcome.NO_PASSWORD_SET;
        }
        String decoded = decode(authorization.substring(BASIC.length()).strip());
        int colon = decoded == null ? -1 : decoded.indexOf(':');
        if (colon < 0) {
            return Outcome.REJECTED;
        }
        boolean userMatches = ConsolePassword.constantTimeEquals(console.username(), decoded.substring(0, colon));
        boolean passwordMatches = ConsolePassword.matches(console.storedPassword(), decoded.substring(colon + 1));
        return userMatches && passwordMatches ? Outcome.ACCEPTED : Outcome.REJECTED;
    }

    /** The console's configuration wins; its framework-property defaults fill in what it lacks. */
    Credentials credentials() {
        Dictionary<String, Object> properties = consoleConfiguration();
        String username = text(properties, USERNAME_PROPERTY, frameworkProperties.apply(USERNAME_FRAMEWORK_PROPERTY));
        String password = text(properties, PASSWORD_PROPERTY, frameworkProperties.apply(PASSWORD_FRAMEWORK_PROPERTY));
        return new Credentials(username == null || username.isBlank() ? DEFAULT_USERNAME : username.strip(),
                password == null ? null : password.strip());
    }

    /** Listed, not fetched with getConfiguration, which would create an empty configuration when there is none. */
    private Dictionary<String, Object> consoleConfiguration() {
        if (configurations == null) {
            return null;
        }
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + CONSOLE_PID + ")");
            return found == null || found.length == 0 ? null : found[0].getProperties();
        } catch (IOException | InvalidSyntaxException e) {
            return null;
        }
    }

    private static String text(Dictionary<String, Object> properties, String key, String fallback) {
        Object value = properties == null ? null : properties.get(key);
        if (value instanceof String[] array && array.length > 0) {
            value = array[0];
        }
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }

    /** RFC 7617: user-pass in UTF-8 (the charset the challenge names); anything else is refused. */
    private static String decode(String token) {
        try {
            byte[] bytes = Base64.getDecoder().decode(token);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    static String challenge() {
        return "Basic realm=\"Parley dashboard\", charset=\"UTF-8\"";
    }
}
