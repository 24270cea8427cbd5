package dev.parley.nlp.model;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The one service per model (an IntentClassifier, a SentimentAnalyzer ...) that answers with its
 * slot's active version: registered when a version first goes live, its properties updated on
 * each swap, unregistered when no version is left. Callers keep their reference across swaps.
 */
final class ModelServices {

    /** Service property of a model service: the model's kind/name. */
    static final String PROPERTY_MODEL = "parley.model";
    /** Service property of a model service: the active version. */
    static final String PROPERTY_VERSION = "parley.model.version";

    private final BundleContext context;
    private final Map<String, ServiceRegistration<?>> registrations = new TreeMap<>();

    ModelServices(BundleContext context) {
        this.context = context;
    }

    /** Makes the model's service match its slot's active version. */
    void publish(String id, ModelBinding<?, ?> binding, ModelSlot<?> slot) {
        LoadedModel<?> active = slot == null ? null : slot.active();
        ServiceRegistration<?> registration = registrations.get(id);
        if (active == null) {
            if (registration != null) {
                registrations.remove(id).unregister();
            }
            return;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(PROPERTY_MODEL, id);
        properties.put(PROPERTY_VERSION, active.version().toString());
        if (registration == null) {
            registrations.put(id, register(binding, slot, properties));
        } else {
            registration.setProperties(properties);
        }
    }

    void unregisterAll() {
        registrations.values().forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    private <M, S> ServiceRegistration<S> register(ModelBinding<M, S> binding, ModelSlot<?> slot,
            Dictionary<String, Object> properties) {
        return context.registerService(binding.serviceInterface(), binding.serviceFor(slot), properties);
    }
}
