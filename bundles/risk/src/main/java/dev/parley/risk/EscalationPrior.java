package dev.parley.risk;

/**
 * The escalation model used while the store's history is too short to learn one: weights set by
 * hand on the raw features, so that a calm first message scores a few percent and an angry,
 * shouting customer who is not understood scores above 90 %.
 */
final class EscalationPrior {

    private EscalationPrior() {
    }

    static LogisticModel model() {
        return LogisticModel.raw(EscalationFeatures.NAMES, new double[] {
            0.3,  // customer messages so far (log)
            -1.5, // sentiment of the last message
            -1.0, // lowest sentiment so far
            0.8,  // sentiment falling
            1.5,  // angry or frustrated
            1.0,  // share of angry or frustrated messages
            0.7,  // not understood in a row
            0.6,  // same request repeated
            0.0,  // long message
            2.0,  // shouting
            0.2,  // exclamation marks
            0.7   // handed to a person before (log)
        }, -3.0);
    }
}
