package dev.parley.nlp.intent;

class LbfgsIntentTrainerTest extends IntentTrainerContract {

    @Override
    IntentTrainer.Algorithm algorithm() {
        return IntentTrainer.Algorithm.LBFGS;
    }
}
