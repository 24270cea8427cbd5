package dev.parley.nlp.intent;

class SoftmaxIntentTrainerTest extends IntentTrainerContract {

    @Override
    IntentTrainer.Algorithm algorithm() {
        return IntentTrainer.Algorithm.SOFTMAX;
    }
}
