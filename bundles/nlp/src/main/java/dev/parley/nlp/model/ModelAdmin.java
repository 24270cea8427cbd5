package dev.parley.nlp.model;

import java.util.List;

/**
 * What an admin does with models, for the shell and the admin HTTP endpoint: list the installed
 * versions, activate one, revert to the previous one. Identifiers are {@code kind/name}, e.g.
 * {@code intent/commerce-en}.
 */
public interface ModelAdmin {

    /** One installed version of a model. */
    record Entry(String id, String version, long bundleId, String state, String detail) {
    }

    List<Entry> list();

    /** @throws IllegalArgumentException if the model or version is unknown */
    String activate(String id, String version);

    /** @throws IllegalArgumentException if the model is unknown; IllegalStateException if nothing to revert to */
    String revert(String id);
}
