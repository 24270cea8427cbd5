package dev.parley.nlp.model;

import java.util.function.Function;

/**
 * How one kind of model is offered to the container: the kind, the service interface its models
 * are registered under, and the service object that answers with a slot's active version.
 */
public record ModelBinding<M, S>(ModelKind<M> kind, Class<S> serviceInterface, Function<ModelSlot<M>, S> service) {

    ModelSlot<M> newSlot(java.time.Clock clock) {
        return new ModelSlot<>(kind, clock);
    }

    @SuppressWarnings("unchecked") // the slot was created by this binding
    S serviceFor(ModelSlot<?> slot) {
        return service.apply((ModelSlot<M>) slot);
    }
}
