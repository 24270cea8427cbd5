package dev.parley.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

import dev.parley.nlp.text.LabeledText;

class ModelSlotTest {

    private static final ModelDescriptor DESCRIPTOR = new ModelDescriptor("intent", "en", "shop");
    private static final GatePolicy GATE = new GatePolicy(0.8, 0.02);

    /** A model is its score on any golden set; "broken" models cannot be loaded. */
    private final class ScoreKind implements ModelKind<Double> {
        int loaded;
        Integer previousPresentWhileScoring;

        @Override
        public String name() {
            return "intent";
        }

        @Override
        public Double load(ModelSource source, String version) throws IOException {
            try (InputStream in = source.open("score")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (text.equals("broken")) {
                    throw new IOException("model.bin is corrupt");
                }
                loaded++;
                return Double.parseDouble(text);
            }
        }

        @Override
        public double score(Double model, List<LabeledText> golden) {
            if (slot.previous() != null && slot.active() != null && !model.equals(slot.active().model())) {
                previousPresentWhileScoring = 1;
            }
            return model;
        }
    }

    private final ScoreKind kind = new ScoreKind();
    private final ModelSlot<Double> slot = new ModelSlot<>(kind, Clock.systemUTC());

    @Test
    void theFirstVersionAboveTheMinimumGoesLive() {
        ModelSlot.Decision decision = slot.offer(candidate("1.0.0", 1, "0.9"), GATE);

        assertThat(decision.changed()).isTrue();
        assertThat(decision.message()).isEqualTo("intent/shop 1.0.0 active: golden 0.900");
        assertThat(slot.active().version()).isEqualTo(Version.parseVersion("1.0.0"));
        assertThat(slot.previous()).isNull();
    }

    @Test
    void aNewerVersionReplacesTheActiveOneWhichStaysForRevert() {
        slot.offer(candidate("1.0.0", 1, "0.9"), GATE);
        ModelSlot.Decision decision = slot.offer(candidate("1.1.0", 2, "0.95"), GATE);

        assertThat(decision.message()).isEqualTo("intent/shop 1.1.0 active: golden 0.950 (intent/shop 1.0.0: 0.900)");
        assertThat(slot.active().version()).hasToString("1.1.0");
        assertThat(slot.previous().version()).hasToString("1.0.0");
        assertThat(kind.previousPresentWhileScoring).as("at most two versions in memory").isNull();
    }

    @Test
    void aVersionBelowTheMinimumIsRejectedWithItsFiguresAndTheActiveOneStays() {
        slot.offer(candidate("1.0.0", 1, "0.9"), GATE);
        slot.offer(candidate("1.1.0", 2, "0.91"), GATE);

        ModelSlot.Decision decision = slot.offer(candidate("2.0.0", 3, "0.5"), GATE);

        assertThat(decision.changed()).isFalse();
        assertThat(decision.rejected()).isTrue();
        assertThat(decision.message()).isEqualTo("intent/shop 2.0.0 rejected: score 0.500 on its golden set is below "
                + "the minimum 0.800; kept intent/shop 1.1.0");
        assertThat(slot.active().version()).hasToString("1.1.0");
        assertThat(slot.previous().version()).as("the previous version is loaded again").hasToString("1.0.0");
        assertThat(slot.versions()).extracting(ModelSlot.VersionStatus::state)
                .containsExactly("previous", "active", "rejected");
    }

    @Test
    void aVersionWorseThanTheActiveOneByMoreThanTheToleranceIsRejected() {
        slot.offer(candidate("1.0.0", 1, "0.95"), GATE);

        ModelSlot.Decision decision = slot.offer(candidate("1.1.0", 2, "0.90"), GATE);

        assertThat(decision.message()).isEqualTo("intent/shop 1.1.0 rejected: score 0.900 on its golden set is worse "
                + "than 0.950 of active intent/shop 1.0.0 by more than 0.020; kept intent/shop 1.0.0");
        assertThat(slot.offer(candidate("1.2.0", 3, "0.935"), GATE).changed()).as("within tolerance").isTrue();
    }

    @Test
    void aModelThatCannotBeLoadedIsRejectedWithTheReason() {
        slot.offer(candidate("1.0.0", 1, "0.9"), GATE);

        ModelSlot.Decision decision = slot.offer(candidate("1.1.0", 2, "broken"), GATE);

        assertThat(decision.message()).isEqualTo(
                "intent/shop 1.1.0 rejected: cannot be loaded (model.bin is corrupt); kept intent/shop 1.0.0");
        assertThat(slot.active().version()).hasToString("1.0.0");
    }

    @Test
    void aBundleWithoutGoldenSetIsRejected() {
        ModelCandidate noGolden = new ModelCandidate(DESCRIPTOR, Version.parseVersion("1.0.0"), 1, path -> {
            if (path.equals("score")) {
                return new ByteArrayInputStream("0.9".getBytes(StandardCharsets.UTF_8));
            }
            throw new FileNotFoundException(path);
        });

        assertThat(slot.offer(noGolden, GATE).message()).contains("it has no golden.tsv");
        assertThat(slot.active()).isNull();
    }

    @Test
    void anOlderVersionIsInstalledButNotActivated() {
        slot.offer(candidate("2.0.0", 1, "0.9"), GATE);

        ModelSlot.Decision decision = slot.offer(candidate("1.0.0", 2, "0.99"), GATE);

        assertThat(decision.changed()).isFalse();
        assertThat(decision.rejected()).as("an older version is kept, not rejected").isFalse();
        assertThat(slot.active().version()).hasToString("2.0.0");
        assertThat(slot.activate(Version.parseVersion("1.0.0"), GATE).changed()).as("on request").isTrue();
        assertThat(slot.active().version()).hasToString("1.0.0");
        assertThat(slot.previous().version()).hasToString("2.0.0");
    }

    @Test
    void revertSwapsActiveAndPreviousAndNeedsAPreviousVersion() {
        slot.offer(candidate("1.0.0", 1, "0.9"), GATE);
        assertThatThrownBy(slot::revert).isInstanceOf(IllegalStateException.class)
                .hasMessage("no previous version to revert to; intent/shop 1.0.0 stays active");

        slot.offer(candidate("1.1.0", 2, "0.9"), GATE);
        int loads = kind.loaded;
        slot.revert();

        assertThat(slot.active().version()).hasToString("1.0.0");
        assertThat(slot.previous().version()).hasToString("1.1.0");
        assertThat(kind.loaded).as("a revert loads nothing").isEqualTo(loads);
    }

    @Test
    void uninstallingTheActiveVersionFallsBackToThePreviousOne() {
        slot.offer(candidate("1.0.0", 1, "0.9"), GATE);
        slot.offer(candidate("1.1.0", 2, "0.9"), GATE);

        assertThat(slot.withdraw(2)).hasValueSatisfying(
                decision -> assertThat(decision.message()).isEqualTo("intent/shop 1.1.0 uninstalled; intent/shop 1.0.0 active again"));
        assertThat(slot.active().version()).hasToString("1.0.0");
        assertThat(slot.withdraw(1)).isPresent();
        assertThat(slot.active()).isNull();
        assertThat(slot.isEmpty()).isTrue();
    }

    @Test
    void activatingAnUnknownVersionSaysWhatIsInstalled() {
        slot.offer(candidate("1.0.0", 1, "0.9"), GATE);

        assertThatThrownBy(() -> slot.activate(Version.parseVersion("9.0.0"), GATE))
                .hasMessage("version 9.0.0 is not installed; installed: [1.0.0]");
    }

    private static ModelCandidate candidate(String version, long bundleId, String score) {
        return new ModelCandidate(DESCRIPTOR, Version.parseVersion(version), bundleId, path -> {
            String content = switch (path) {
                case "score" -> score;
                case ModelDescriptor.GOLDEN_FILE -> "a\tsome text\n";
                default -> throw new FileNotFoundException(path);
            };
            return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        });
    }
}
