package dev.parley.nlp.model;

import java.io.IOException;
import java.util.List;

import dev.parley.nlp.text.LabeledText;

/**
 * What Parley needs to know about one kind of model (intent, sentiment): how to load it from a
 * model bundle and how to score it on a golden set, higher being better, in [0, 1].
 *
 * @param <M> the loaded model
 */
public interface ModelKind<M> {

    /** The kind as written in the {@value ModelDescriptor#HEADER} header. */
    String name();

    M load(ModelSource source, String version) throws IOException;

    double score(M model, List<LabeledText> golden);
}
