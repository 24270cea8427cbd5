package dev.parley.nlp.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The quality gate a new model version must pass to go live: a minimum score on its golden set,
 * and no worse than the active version on the same set by more than a tolerance.
 */
public record GatePolicy(double minimum, double tolerance) {

    /**
     * Why the candidate may not go live, or empty if it may.
     *
     * @param activeScore the active version's score on the candidate's golden set, NaN if none is active
     */
    public Optional<String> rejection(String candidate, double candidateScore, String active, double activeScore) {
        if (candidateScore < minimum) {
            return Optional.of(String.format(Locale.ROOT, "%s rejected: score %.3f on its golden set is below the minimum %.3f%s",
                    candidate, candidateScore, minimum, active == null ? "" : "; kept " + active));
        }
        if (!Double.isNaN(activeScore) && candidateScore < activeScore - tolerance) {
            return Optional.of(String.format(Locale.ROOT,
                    "%s rejected: score %.3f on its golden set is worse than %.3f of active %s by more than %.3f; kept %s",
                    candidate, candidateScore, activeScore, active, tolerance, active));
        }
        return Optional.empty();
    }
}
