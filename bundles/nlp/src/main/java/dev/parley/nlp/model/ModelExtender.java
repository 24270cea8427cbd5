package dev.parley.nlp.model;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.net.URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.ModelInfo;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.nlp.intent.IntentModelKind;
import dev.parley.nlp.intent.SwappableIntentClassifier;
import dev.parley.nlp.sentiment.SentimentModelKind;
import dev.parley.nlp.sentiment.SwappableSentimentAnalyzer;

/**
 * Finds model bundles (the {@value ModelDescriptor#HEADER} header), puts each new version through
 * the quality gate of its {@link ModelSlot}, and registers one service per model (an
 * {@link IntentClassifier} or a {@link SentimentAnalyzer}) that always answers with the slot's
 * active version. Model work runs on
 * one thread of its own, so bundle events are never held up by loading or scoring a model.
 */
@Component(service = ModelAdmin.class, immediate = true, configurationPid = ModelExtender.PID)
@Designate(ocd = ModelExtender.Config.class)
public final class ModelExtender implements ModelAdmin, BundleTrackerCustomizer<ModelCandidate> {

    static final String PID = "dev.parley.nlp.models";

    @ObjectClassDefinition(name = "Parley model quality gate",
            description = "When a new version of a model bundle goes live.")
    public @interface Config {
        @AttributeDefinition(name = "Minimum intent accuracy", min = "0", max = "1",
                description = "Accuracy on its own golden set that an intent model version needs to go live.")
        double intentMinimum() default 0.8;

        @AttributeDefinition(name = "Minimum sentiment score", min = "0", max = "1",
                description = "Score on its own golden set (accuracy, or Pearson r for numeric labels) that a sentiment model version needs to go live.")
        double sentimentMinimum() default 0.7;

        @AttributeDefinition(name = "Tolerance", min = "0", max = "1",
                description = "How much lower than the active version's score on the same golden set a new version may score and still go live.")
        double tolerance() default 0.02;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ModelExtender.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "parley-models"));
    private final Map<String, ModelSlot<?>> slots = new TreeMap<>();
    private final ModelServices services;
    private final Map<String, ModelBinding<?, ?>> bindings = Map.of(
            ModelInfo.KIND_INTENT, new ModelBinding<>(new IntentModelKind(), IntentClassifier.class,
                    SwappableIntentClassifier::new),
            ModelInfo.KIND_SENTIMENT, new ModelBinding<>(new SentimentModelKind(), SentimentAnalyzer.class,
                    SwappableSentimentAnalyzer::new));
    private final BundleTracker<ModelCandidate> tracker;
    private volatile Config config;

    @Activate
    public ModelExtender(BundleContext context, Config config) {
        this.services = new ModelServices(context);
        this.config = config;
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, this);
        tracker.open();
    }

    @Modified
    void modified(Config newConfig) {
        config = newConfig;
    }

    private GatePolicy gate(String kind) {
        Config current = config;
        double minimum = kind.equals(ModelInfo.KIND_SENTIMENT) ? current.sentimentMinimum() : current.intentMinimum();
        return new GatePolicy(minimum, current.tolerance());
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        worker.shutdownNow();
        services.unregisterAll();
    }

    @Override
    public ModelCandidate addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(ModelDescriptor.HEADER);
        if (header == null) {
            return null;
        }
        ModelCandidate candidate;
        try {
            candidate = new ModelCandidate(ModelDescriptor.parse(header), bundle.getVersion(), bundle.getBundleId(),
                    path -> open(bundle, path));
        } catch (IllegalArgumentException e) {
            LOG.warn("model bundle {} {} ignored: {}", bundle.getSymbolicName(), bundle.getVersion(), e.getMessage());
            return null;
        }
        if (!bindings.containsKey(candidate.descriptor().kind())) {
            LOG.warn("model bundle {} ignored: kind '{}' is not one of {}", candidate.label(),
                    candidate.descriptor().kind(), bindings.keySet());
            return null;
        }
        worker.execute(() -> offer(candidate));
        return candidate;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, ModelCandidate candidate) {
        // a model bundle has no state of its own to follow
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, ModelCandidate candidate) {
        worker.execute(() -> withdraw(candidate));
    }

    @Override
    public List<Entry> list() {
        return onWorker(() -> {
            List<Entry> entries = new ArrayList<>();
            slots.forEach((id, slot) -> slot.versions().forEach(version -> entries.add(new Entry(id,
                    version.version().toString(), version.bundleId(), version.state(), version.detail()))));
            return entries;
        });
    }

    @Override
    public String activate(String id, String version) {
        return onWorker(() -> {
            ModelSlot.Decision decision = slot(id).activate(Version.parseVersion(version), gate(kindOf(id)));
            published(id, decision);
            return decision.message();
        });
    }

    @Override
    public String revert(String id) {
        return onWorker(() -> {
            ModelSlot.Decision decision = slot(id).revert();
            published(id, decision);
            return decision.message();
        });
    }

    private void offer(ModelCandidate candidate) {
        String id = candidate.descriptor().id();
        ModelSlot<?> slot = slots.computeIfAbsent(id,
                key -> bindings.get(candidate.descriptor().kind()).newSlot(Clock.systemUTC()));
        published(id, slot.offer(candidate, gate(candidate.descriptor().kind())));
    }

    private void withdraw(ModelCandidate candidate) {
        String id = candidate.descriptor().id();
        ModelSlot<?> slot = slots.get(id);
        if (slot == null) {
            return;
        }
        slot.withdraw(candidate.bundleId()).ifPresent(decision -> published(id, decision));
        if (slot.isEmpty()) {
            slots.remove(id);
        }
        publish(id);
    }

    private void published(String id, ModelSlot.Decision decision) {
        if (decision.rejected()) {
            LOG.warn("model {}", decision.message());
        } else {
            LOG.info("model {}", decision.message());
        }
        publish(id);
    }

    private void publish(String id) {
        services.publish(id, bindings.get(kindOf(id)), slots.get(id));
    }

    private static String kindOf(String id) {
        return id.substring(0, id.indexOf('/'));
    }

    private ModelSlot<?> slot(String id) {
        ModelSlot<?> slot = slots.get(id);
        if (slot == null) {
            throw new IllegalArgumentException("no model " + id + "; models: " + slots.keySet());
        }
        return slot;
    }

    private <T> T onWorker(Callable<T> task) {
        try {
            return worker.submit(task).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static InputStream open(Bundle bundle, String path) throws java.io.IOException {
        URL entry = bundle.getEntry(path);
        if (entry == null) {
            throw new FileNotFoundException("the model bundle has no " + path);
        }
        return entry.openStream();
    }
}
