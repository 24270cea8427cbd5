package dev.parley.api.risk;

import java.time.Instant;
import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The model an assessment came from.
 *
 * @param trained {@code true} when learnt from this store's history; {@code false} for the prior
 *     model used while there is too little history
 * @param trainedAt when it was learnt, or {@code null} for the prior model
 * @param trainingExamples the cases it learnt from (0 for the prior model)
 * @param note why this model is used, e.g. "prior model: 12 handed-off conversations, 50 needed"
 * @param backtest its figures on held-out cases, or {@code null} when there were too few to measure
 */
@ProviderType
public record RiskModelInfo(boolean trained, Instant trainedAt, int trainingExamples, String note,
        BacktestFigures backtest) {

    public RiskModelInfo {
        Objects.requireNonNull(note, "note");
    }
}
