package dev.parley.ops.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

class PropertyValidatorTest {

    private static final String SECRET = "s3cr3t-Value";

    private static AttributeDefinition attribute(String id, int type, String name, String... options) {
        AttributeDefinition attribute = mock(AttributeDefinition.class);
        when(attribute.getID()).thenReturn(id);
        when(attribute.getType()).thenReturn(type);
        when(attribute.getName()).thenReturn(name);
        when(attribute.getOptionValues()).thenReturn(options.length == 0 ? null : options);
        when(attribute.validate(anyString())).thenReturn("");
        return attribute;
    }

    private static ObjectClassDefinition definition(AttributeDefinition... attributes) {
        ObjectClassDefinition definition = mock(ObjectClassDefinition.class);
        when(definition.getAttributeDefinitions(ObjectClassDefinition.ALL)).thenReturn(attributes);
        return definition;
    }

    private static Map<String, Object> properties(Object... keysAndValues) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    @Test
    void anInvalidNumberNamesThePropertyAndTheExpectationButNotTheValue() {
        AttributeDefinition port = attribute("port", AttributeDefinition.INTEGER, "HTTP port");
        when(port.validate(SECRET)).thenReturn("%invalid value");

        List<String> invalid = PropertyValidator.invalidValues(properties("port", SECRET), definition(port));

        assertThat(invalid).singleElement().asString()
                .contains("'port'")
                .contains("a whole number")
                .doesNotContain(SECRET);
    }

    @Test
    void anInvalidOptionListsTheOptions() {
        AttributeDefinition mode = attribute("mode", AttributeDefinition.STRING, "Mode", "fast", "safe");
        when(mode.validate(SECRET)).thenReturn("%not a valid option");

        List<String> invalid = PropertyValidator.invalidValues(properties("mode", SECRET), definition(mode));

        assertThat(invalid).singleElement().asString()
                .contains("'mode'")
                .contains("one of fast, safe")
                .doesNotContain(SECRET);
    }

    @Test
    void describesTheExpectationByType() {
        AttributeDefinition ratio = attribute("ratio", AttributeDefinition.DOUBLE, "Ratio");
        AttributeDefinition enabled = attribute("enabled", AttributeDefinition.BOOLEAN, "Enabled");
        AttributeDefinition size = attribute("size", AttributeDefinition.LONG, "Size");
        AttributeDefinition url = attribute("url", AttributeDefinition.STRING, "Server URL");
        for (AttributeDefinition attribute : List.of(ratio, enabled, size, url)) {
            when(attribute.validate("x")).thenReturn("bad");
        }

        List<String> invalid = PropertyValidator.invalidValues(
                properties("ratio", "x", "enabled", "x", "size", "x", "url", "x"),
                definition(ratio, enabled, size, url));

        // sorted by property name
        assertThat(invalid).hasSize(4);
        assertThat(invalid.get(0)).contains("'enabled'", "true or false");
        assertThat(invalid.get(1)).contains("'ratio'", "a number").doesNotContain("whole");
        assertThat(invalid.get(2)).contains("'size'", "a whole number");
        assertThat(invalid.get(3)).contains("'url'", "a valid Server URL");
    }

    @Test
    void validValuesAndValuesWithoutValidationPass() {
        AttributeDefinition port = attribute("port", AttributeDefinition.INTEGER, "HTTP port");
        AttributeDefinition free = attribute("free", AttributeDefinition.STRING, "Free text");
        when(free.validate(anyString())).thenReturn(null);

        List<String> invalid = PropertyValidator.invalidValues(properties("port", "8080", "free", "anything"),
                definition(port, free));

        assertThat(invalid).isEmpty();
        verify(port).validate("8080");
        verify(free).validate("anything");
    }

    @Test
    void skipsValuesThatFileInstallSubstitutes() {
        AttributeDefinition port = attribute("port", AttributeDefinition.INTEGER, "HTTP port");
        when(port.validate(anyString())).thenReturn("%invalid value");

        List<String> invalid = PropertyValidator.invalidValues(properties("port", "${parley.port}"), definition(port));

        assertThat(invalid).isEmpty();
        verify(port, never()).validate(anyString());
    }

    @Test
    void checksEveryElementOfAMultiValueAndReportsThePropertyOnce() {
        AttributeDefinition names = attribute("names", AttributeDefinition.STRING, "Names", "a", "b");
        when(names.validate("x")).thenReturn("%not a valid option");
        when(names.validate("y")).thenReturn("%not a valid option");

        List<String> fromArray = PropertyValidator.invalidValues(
                properties("names", new String[] {"a", "x", "y"}), definition(names));
        List<String> fromList = PropertyValidator.invalidValues(
                properties("names", List.of("b", "y")), definition(names));

        assertThat(fromArray).singleElement().asString().contains("'names'", "one of a, b");
        assertThat(fromList).singleElement().asString().contains("'names'", "one of a, b");
    }

    @Test
    void ignoresPropertiesTheDefinitionDoesNotHaveWhenValidating() {
        AttributeDefinition port = attribute("port", AttributeDefinition.INTEGER, "HTTP port");

        assertThat(PropertyValidator.invalidValues(properties("prot", "abc"), definition(port))).isEmpty();
    }

    @Test
    void listsUnknownNamesButNotFrameworkProperties() {
        ObjectClassDefinition definition = definition(
                attribute("port", AttributeDefinition.INTEGER, "HTTP port"),
                attribute("mode", AttributeDefinition.STRING, "Mode"));

        List<String> unknown = PropertyValidator.unknownNames(properties(
                "zeta", "1",
                "port", "8080",
                "prot", "8080",
                "mode", "fast",
                "service.ranking", "10",
                "felix.fileinstall.filename", "file:/etc/x.cfg",
                "component.name", "x",
                "webconsole.configurationFactory.nameHint", "{name}",
                "store.target", "(name=main)"), definition);

        assertThat(unknown).containsExactly("prot", "zeta");
    }

    @Test
    void everyNameIsUnknownWithoutAttributes() {
        ObjectClassDefinition definition = mock(ObjectClassDefinition.class);

        assertThat(PropertyValidator.unknownNames(properties("port", "1"), definition)).containsExactly("port");
        assertThat(PropertyValidator.invalidValues(properties("port", "1"), definition)).isEmpty();
    }

    @Test
    void knownNamesAreSorted() {
        ObjectClassDefinition definition = definition(
                attribute("port", AttributeDefinition.INTEGER, "HTTP port"),
                attribute("mode", AttributeDefinition.STRING, "Mode"));

        assertThat(PropertyValidator.knownNames(definition)).isEqualTo("mode, port");
    }
}
