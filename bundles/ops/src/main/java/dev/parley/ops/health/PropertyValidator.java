package dev.parley.ops.health;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Checks the properties of a configuration file against the metatype description of its PID:
 * values of the wrong type or outside the allowed options, and property names that the
 * component does not know (usually a typo). Values are never echoed: they may be secrets.
 */
final class PropertyValidator {

    private PropertyValidator() {
    }

    /** Values the component would not accept: the configuration is not what the admin meant. */
    static List<String> invalidValues(Map<String, Object> properties, ObjectClassDefinition definition) {
        Map<String, AttributeDefinition> attributes = attributes(definition);
        List<String> invalid = new ArrayList<>();
        for (Map.Entry<String, Object> property : new TreeMap<>(properties).entrySet()) {
            AttributeDefinition attribute = attributes.get(property.getKey());
            if (attribute == null) {
                continue;
            }
            for (String value : values(property.getValue())) {
                if (value.contains("${")) {
                    continue; // FileInstall substitutes it; the result is checked by the component
                }
                String error = attribute.validate(value);
                if (error != null && !error.isEmpty()) {
                    invalid.add("property '" + property.getKey() + "' is invalid (" + error + "): expected "
                            + expectation(attribute));
                    break;
                }
            }
        }
        return invalid;
    }

    /** Property names that the PID's description does not have. */
    static List<String> unknownNames(Map<String, Object> properties, ObjectClassDefinition definition) {
        Map<String, AttributeDefinition> attributes = attributes(definition);
        List<String> unknown = new ArrayList<>();
        for (String name : new TreeMap<>(properties).keySet()) {
            if (!attributes.containsKey(name) && !isFrameworkProperty(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    static String knownNames(ObjectClassDefinition definition) {
        return String.join(", ", new TreeMap<>(attributes(definition)).keySet());
    }

    private static boolean isFrameworkProperty(String name) {
        return name.startsWith("service.") || name.startsWith("component.") || name.startsWith("felix.")
                || name.startsWith("webconsole.") || name.endsWith(".target");
    }

    private static Map<String, AttributeDefinition> attributes(ObjectClassDefinition definition) {
        Map<String, AttributeDefinition> byId = new TreeMap<>();
        AttributeDefinition[] all = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        if (all != null) {
            for (AttributeDefinition attribute : all) {
                byId.put(attribute.getID(), attribute);
            }
        }
        return byId;
    }

    private static List<String> values(Object value) {
        List<String> values = new ArrayList<>();
        if (value == null) {
            return values;
        }
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                values.add(String.valueOf(Array.get(value, i)));
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> values.add(String.valueOf(element)));
        } else {
            values.add(value.toString());
        }
        return values;
    }

    private static String expectation(AttributeDefinition attribute) {
        String[] options = attribute.getOptionValues();
        if (options != null && options.length > 0) {
            return "one of " + String.join(", ", options);
        }
        return switch (attribute.getType()) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT,
                    AttributeDefinition.BYTE -> "a whole number";
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> "a number";
            case AttributeDefinition.BOOLEAN -> "true or false";
            default -> "a valid " + attribute.getName();
        };
    }
}
