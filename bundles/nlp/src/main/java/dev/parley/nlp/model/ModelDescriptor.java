package dev.parley.nlp.model;

import java.util.regex.Pattern;

/**
 * What a model bundle says about itself in its {@value #HEADER} manifest header, e.g.
 * {@code Parley-Model: intent; language=en; name=commerce-en}. Models of the same kind and name
 * are versions of one model: installing a newer one is an upgrade, subject to the quality gate.
 *
 * @param kind {@code intent} or {@code sentiment}
 * @param language ISO 639-1 code
 * @param name the model's name within its kind
 */
public record ModelDescriptor(String kind, String language, String name) {

    public static final String HEADER = "Parley-Model";
    /** Model bundles are named after their kind and name, e.g. dev.parley.model.intent.commerce-en. */
    public static final String SYMBOLIC_NAME_PREFIX = "dev.parley.model.";
    /** The golden set every model bundle carries and must pass. */
    public static final String GOLDEN_FILE = "golden.tsv";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public ModelDescriptor {
        requireName(kind, "kind");
        requireName(language, "language");
        requireName(name, "name");
    }

    public static ModelDescriptor parse(String header) {
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException(HEADER + " header is missing or empty");
        }
        String[] parts = header.split(";");
        String language = "en";
        String name = null;
        for (int i = 1; i < parts.length; i++) {
            String[] attribute = parts[i].split("=", 2);
            if (attribute.length != 2) {
                throw new IllegalArgumentException(HEADER + " attribute '" + parts[i].strip()
                        + "' is not name=value");
            }
            String value = attribute[1].strip().replace("\"", "");
            switch (attribute[0].strip()) {
                case "language" -> language = value;
                case "name" -> name = value;
                default -> { } // attributes of later model formats are ignored
            }
        }
        String kind = parts[0].strip();
        return new ModelDescriptor(kind, language, name == null ? "default" : name);
    }

    /** Identifies the model across versions: kind and name. */
    public String id() {
        return kind + "/" + name;
    }

    public String header() {
        return kind + ";language=" + language + ";name=" + name;
    }

    public String symbolicName() {
        return SYMBOLIC_NAME_PREFIX + kind + "." + name;
    }

    private static void requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(HEADER + " " + what + " '" + value
                    + "' must be lower-case letters, digits and '-'");
        }
    }

}
