package dev.parley.risk;

/**
 * The churn model used while there is too little history to learn one: weights set by hand on the
 * raw features, so that a customer who bought last week scores low and one silent for half a year
 * after an unhappy conversation scores high.
 */
final class ChurnPrior {

    private ChurnPrior() {
    }

    static LogisticModel model() {
        return LogisticModel.raw(ChurnFeatures.NAMES, new double[] {
            0.015,  // days since the last purchase
            -0.5,   // orders placed (log)
            0.0,    // money spent (log)
            0.8,    // buying less than before
            -0.001, // days as a customer
            0.003,  // days since the last conversation
            0.0,    // conversations (log)
            0.5,    // share handed to a person
            0.8,    // share unhappy
            1.0,    // share of low ratings
            0.5     // no purchase on record
        }, -1.5);
    }
}
