package dev.parley.nlp.model;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.framework.Version;

import dev.parley.nlp.text.LabeledText;
import dev.parley.nlp.text.LabeledTextReader;

/**
 * The versions of one model (one kind and name): the active one, which answers every request, and
 * the previous one, kept loaded so that a revert is a reference swap. A newly installed version is
 * loaded and scored on its golden set, and goes live only if it passes the {@link GatePolicy}.
 * At most two versions are in memory at any time: the previous one is released while a candidate
 * is evaluated, and loaded again if the candidate is rejected.
 *
 * <p>Readers call {@link #active()} once per request, so each answer comes from exactly one
 * version; changes are serialized by this object's lock.
 */
public final class ModelSlot<M> {

    /** The outcome of offering, activating or reverting, for the log and the admin. */
    public record Decision(boolean changed, boolean rejected, String message) {

        static Decision changed(String message) {
            return new Decision(true, false, message);
        }

        static Decision unchanged(String message) {
            return new Decision(false, false, message);
        }
    }

    /** One installed version as the admin sees it. */
    public record VersionStatus(Version version, long bundleId, String state, String detail) {
    }

    private final ModelKind<M> kind;
    private final Clock clock;
    private final Map<Version, ModelCandidate> installed = new TreeMap<>();
    private final Map<Version, String> rejected = new TreeMap<>();
    private volatile LoadedModel<M> active;
    private volatile LoadedModel<M> previous;

    public ModelSlot(ModelKind<M> kind, Clock clock) {
        this.kind = kind;
        this.clock = clock;
    }

    /** The version that answers now, or null when none is active. */
    public LoadedModel<M> active() {
        return active;
    }

    public LoadedModel<M> previous() {
        return previous;
    }

    /** A newly installed version: it goes live if it is newer than the active one and passes the gate. */
    public synchronized Decision offer(ModelCandidate candidate, GatePolicy gate) {
        installed.put(candidate.version(), candidate);
        LoadedModel<M> current = active;
        if (current != null && candidate.version().compareTo(current.version()) <= 0) {
            return Decision.unchanged(candidate.label() + " installed; not activated because "
                    + current.label() + " is newer or the same (use 'parley:model activate' to switch)");
        }
        return admit(candidate, gate, true);
    }

    /** Makes an installed version active on an admin's request: the minimum applies, the tolerance does not. */
    public synchronized Decision activate(Version version, GatePolicy gate) {
        LoadedModel<M> current = active;
        if (current != null && current.version().equals(version)) {
            return Decision.unchanged(current.label() + " is already active");
        }
        if (previous != null && previous.version().equals(version)) {
            return revert();
        }
        ModelCandidate candidate = installed.get(version);
        if (candidate == null) {
            throw new IllegalArgumentException("version " + version + " is not installed; installed: " + installed.keySet());
        }
        return admit(candidate, new GatePolicy(gate.minimum(), Double.POSITIVE_INFINITY), false);
    }

    /** Swaps the active and the previous version. */
    public synchronized Decision revert() {
        LoadedModel<M> current = active;
        LoadedModel<M> back = previous;
        if (back == null) {
            throw new IllegalStateException("no previous version to revert to"
                    + (current == null ? "" : "; " + current.label() + " stays active"));
        }
        active = back;
        previous = current;
        return Decision.changed(back.label() + " active again (reverted from "
                + (current == null ? "none" : current.label()) + ")");
    }

    /** The bundle of a version was uninstalled: forget it, falling back to the previous version. */
    public synchronized Optional<Decision> withdraw(long bundleId) {
        installed.values().removeIf(candidate -> candidate.bundleId() == bundleId);
        LoadedModel<M> current = active;
        if (previous != null && previous.bundleId() == bundleId) {
            previous = null;
        }
        if (current != null && current.bundleId() == bundleId) {
            active = previous;
            previous = null;
            return Optional.of(Decision.changed(current.label() + " uninstalled; "
                    + (active == null ? "no version of " + current.descriptor().id() + " is active"
                            : active.label() + " active again")));
        }
        return Optional.empty();
    }

    public synchronized boolean isEmpty() {
        return installed.isEmpty() && active == null;
    }

    public synchronized List<VersionStatus> versions() {
        List<VersionStatus> versions = new ArrayList<>();
        for (ModelCandidate candidate : installed.values()) {
            String state = "installed";
            String detail = "";
            if (active != null && active.bundleId() == candidate.bundleId()) {
                state = "active";
                detail = String.format(java.util.Locale.ROOT, "golden %.3f", active.goldenScore());
            } else if (previous != null && previous.bundleId() == candidate.bundleId()) {
                state = "previous";
                detail = String.format(java.util.Locale.ROOT, "golden %.3f", previous.goldenScore());
            } else if (rejected.containsKey(candidate.version())) {
                state = "rejected";
                detail = rejected.get(candidate.version());
            }
            versions.add(new VersionStatus(candidate.version(), candidate.bundleId(), state, detail));
        }
        return versions;
    }

    private Decision admit(ModelCandidate candidate, GatePolicy gate, boolean automatic) {
        LoadedModel<M> current = active;
        LoadedModel<M> released = previous == null ? null : previous.withoutModel();
        // At most two versions in memory: the previous one is dropped while the candidate is
        // evaluated, and loaded again from its bundle if the candidate does not go live.
        previous = null;
        LoadedModel<M> loaded;
        List<LabeledText> golden;
        try {
            golden = readGolden(candidate);
            M model = kind.load(candidate.source(), candidate.version().toString());
            loaded = new LoadedModel<>(candidate.descriptor(), candidate.version(), candidate.bundleId(), model,
                    kind.score(model, golden), clock.instant());
        } catch (IOException | RuntimeException e) {
            previous = reload(released);
            return reject(candidate, candidate.label() + " rejected: cannot be loaded (" + describe(e) + ")"
                    + (current == null ? "" : "; kept " + current.label()));
        }
        double activeScore = current == null ? Double.NaN : kind.score(current.model(), golden);
        Optional<String> rejection = gate.rejection(candidate.label(), loaded.goldenScore(),
                current == null ? null : current.label(), activeScore);
        if (rejection.isPresent()) {
            previous = reload(released);
            return reject(candidate, rejection.get());
        }
        rejected.remove(candidate.version());
        active = loaded;
        previous = current;
        return Decision.changed(String.format(java.util.Locale.ROOT, "%s active: golden %.3f%s%s", loaded.label(),
                loaded.goldenScore(), current == null ? "" : String.format(java.util.Locale.ROOT,
                        " (%s: %.3f)", current.label(), activeScore), automatic ? "" : " on request"));
    }

    /** Loads a dropped previous version again; if that fails, there is just no revert target. */
    private LoadedModel<M> reload(LoadedModel<M> dropped) {
        if (dropped == null) {
            return null;
        }
        ModelCandidate source = installed.get(dropped.version());
        if (source == null) {
            return null;
        }
        try {
            return new LoadedModel<>(dropped.descriptor(), dropped.version(), dropped.bundleId(),
                    kind.load(source.source(), dropped.version().toString()), dropped.goldenScore(), dropped.loadedAt());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Decision reject(ModelCandidate candidate, String message) {
        rejected.put(candidate.version(), message);
        return new Decision(false, true, message);
    }

    private static List<LabeledText> readGolden(ModelCandidate candidate) throws IOException {
        try (InputStream in = candidate.source().open(ModelDescriptor.GOLDEN_FILE)) {
            List<LabeledText> golden = LabeledTextReader.read(in, ModelDescriptor.GOLDEN_FILE);
            if (golden.isEmpty()) {
                throw new IOException(ModelDescriptor.GOLDEN_FILE + " is empty");
            }
            return golden;
        } catch (FileNotFoundException e) {
            throw new IOException("it has no " + ModelDescriptor.GOLDEN_FILE + ", which every model bundle needs", e);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
