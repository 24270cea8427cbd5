package dev.parley.api.nlp;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds what a customer wants from the text of one message, or says that it is out of scope.
 *
 * <p>Implementations are thread-safe. The model behind the service can be swapped while it runs;
 * each {@link IntentPrediction} names the model version that produced it, which may differ from
 * a later call to {@link #model()}.
 */
@ProviderType
public interface IntentClassifier {

    /**
     * Classifies one message.
     *
     * @param text the customer's text, as written; any length, including empty (which is out of
     *     scope)
     * @return the prediction, never {@code null}
     * @throws NullPointerException if {@code text} is {@code null}
     */
    IntentPrediction classify(String text);

    /**
     * Describes the model that currently answers {@link #classify(String)}.
     *
     * @return the active model, never {@code null}
     */
    ModelInfo model();
}
