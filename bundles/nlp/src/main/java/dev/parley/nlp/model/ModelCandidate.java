package dev.parley.nlp.model;

import org.osgi.framework.Version;

/** An installed model bundle: what it is and where its files are. Nothing is loaded yet. */
public record ModelCandidate(ModelDescriptor descriptor, Version version, long bundleId, ModelSource source) {

    public String label() {
        return descriptor.id() + " " + version;
    }
}
