package dev.parley.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.parley.nlp.model.ModelSource;

class SoftmaxCategorizerTest {

    private static final String FILE = "intent/softmax.bin";

    private static SoftmaxCategorizer trained() {
        List<String[]> documents = List.of(
                new String[] {"w=track", "w=parcel"}, new String[] {"w=track", "w=package"},
                new String[] {"w=where", "w=parcel"}, new String[] {"w=cancel", "w=order"},
                new String[] {"w=cancel", "w=purchase"}, new String[] {"w=stop", "w=order"});
        List<String> labels = List.of("track", "track", "track", "cancel", "cancel", "cancel");
        return new SoftmaxTrainer(new SoftmaxTrainer.Settings(50, 1.0, 1, 2.0, 1)).train(documents, labels);
    }

    @Test
    void learnsWhichFeaturesPointToWhichLabel() {
        SoftmaxCategorizer categorizer = trained();
        List<String> labels = List.of(categorizer.labels());

        double[] track = categorizer.probabilities(new String[] {"w=parcel", "w=unknown"});
        double[] cancel = categorizer.probabilities(new String[] {"w=cancel"});

        assertThat(track[labels.indexOf("track")]).isGreaterThan(0.8);
        assertThat(cancel[labels.indexOf("cancel")]).isGreaterThan(0.8);
        assertThat(Arrays.stream(track).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void repeatedTokensCountOnceAndUnknownTokensNotAtAll() {
        SoftmaxCategorizer categorizer = trained();

        assertThat(categorizer.probabilities(new String[] {"w=cancel", "w=cancel", "w=zebra"}))
                .containsExactly(categorizer.probabilities(new String[] {"w=cancel"}));
    }

    @Test
    void aMessageWithoutKnownFeaturesGetsThePriorNotAnError() {
        double[] prior = trained().probabilities(new String[] {"w=zebra"});

        assertThat(prior).hasSize(2);
        assertThat(prior[0] + prior[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(prior[0]).isBetween(0.2, 0.8);
    }

    @Test
    void savedAndReadPredictsTheSame() throws IOException {
        SoftmaxCategorizer categorizer = trained();

        SoftmaxCategorizer read = SoftmaxCategorizer.read(ModelSource.of(categorizer.files("intent")), "intent");

        assertThat(read.labels()).containsExactly(categorizer.labels());
        String[] tokens = {"w=track", "w=order"};
        assertThat(read.probabilities(tokens)).containsExactly(categorizer.probabilities(tokens));
    }

    @Test
    void aTruncatedFileIsRejectedWithItsName() throws IOException {
        byte[] whole = trained().files("intent").get(FILE);
        byte[] truncated = Arrays.copyOf(whole, whole.length - 3);

        assertThatThrownBy(() -> SoftmaxCategorizer.read(ModelSource.of(Map.of(FILE, truncated)), "intent"))
                .isInstanceOf(IOException.class).hasMessageContaining(FILE).hasMessageContaining("truncated");
    }

    @Test
    void anotherFormatIsRejected() {
        byte[] other = "not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SoftmaxCategorizer.read(ModelSource.of(Map.of(FILE, other)), "intent"))
                .isInstanceOf(IOException.class).hasMessageContaining("not a softmax intent model");
    }

    @Test
    void aFileClaimingMoreWeightsThanAHeapCanHoldIsRejectedBeforeAllocating() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(ByteBuffer.allocate(4).putInt(0x50534D31).array());
            out.writeInt(2);
            out.writeUTF("a");
            out.writeUTF("b");
            out.writeInt(Integer.MAX_VALUE);
        }

        assertThatThrownBy(() -> SoftmaxCategorizer.read(ModelSource.of(Map.of(FILE, bytes.toByteArray())), "intent"))
                .isInstanceOf(IOException.class).hasMessageContaining("more than");
    }
}
