package dev.parley.assistant;

import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.knowledge.KnowledgeHit;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides one turn of a conversation the assistant owns: handoff triggers first, then the
 * pending or the intent's skill, then the knowledge base, then a clarifying answer, and a
 * returning customer's welcome on the first turn. The decision goes into a {@link TurnDraft}.
 */
final class DialogueManager {

    private static final String GREETING = "greeting";

    private final AssistantSettings settings;
    private final EscalationPolicy policy;
    private final SkillDispatcher dispatcher;
    private final HandoffCoordinator coordinator;
    private final KnowledgeFallback knowledge;
    private final Personalizer personalizer;
    private final PredictedEscalation prediction;

    DialogueManager(AssistantSettings settings) {
        this.settings = settings;
        this.policy = new EscalationPolicy(settings);
        this.dispatcher = new SkillDispatcher(settings);
        this.coordinator = new HandoffCoordinator(settings);
        this.knowledge = new KnowledgeFallback(settings);
        this.personalizer = new Personalizer(settings);
        this.prediction = new PredictedEscalation(settings);
    }

    void decide(TurnInput turn, Nlu nlu, Identity identity, boolean preferredNameStated, boolean firstTurn,
            TurnDraft draft, Instant now) {
        boolean handedOffBefore = HandoffMarkers.handoff(draft.slots).isPresent();
        Optional<Escalation> escalation = policy.beforeSkill(nlu, turn.message().text());
        // After a handoff, only the customer brings a person back; automatic triggers would loop.
        if (escalation.isPresent()
                && (!handedOffBefore || escalation.get().trigger() == HandoffTrigger.CUSTOMER_REQUEST)) {
            handOff(escalation.get(), turn, nlu, identity, draft, now);
            return;
        }
        Optional<Escalation> predicted = handedOffBefore ? Optional.empty() : prediction.check(turn, nlu);
        if (predicted.isPresent()) {
            handOff(predicted.get(), turn, nlu, identity, draft, now);
            return;
        }
        SkillDispatcher.Choice choice = dispatcher.choose(draft.pendingSkill, nlu, turn.services().skills());
        if (!choice.pending()) {
            draft.pendingSkill = null;
        }
        Optional<Personalizer.Welcome> welcome = firstTurn
                ? personalizer.welcome(identity, draft.slots, turn, now) : Optional.empty();
        if (welcome.isPresent() && opensConversation(nlu)) {
            draft.reply(welcome.get().greeting() + " " + welcome.get().question(), welcome.get().quickReplies());
            draft.lowConfidenceStreak = 0;
            return;
        }
        if (choice.skill().isPresent()) {
            runSkill(choice.skill().get(), turn, nlu, identity, handedOffBefore, draft, now);
        } else {
            answerWithoutSkill(turn, nlu, identity, preferredNameStated, handedOffBefore, draft, now);
        }
        if (welcome.isPresent() && !draft.passedOn) {
            draft.text = welcome.get().greeting() + " " + draft.text;
        }
    }

    /** A greeting, or nothing the assistant could act on: the welcome's question fits best. */
    private boolean opensConversation(Nlu nlu) {
        return GREETING.equals(nlu.intent()) || !nlu.confident(settings.confidenceThreshold());
    }

    private void runSkill(SkillRegistry.Entry skill, TurnInput turn, Nlu nlu, Identity identity,
            boolean handedOffBefore, TurnDraft draft, Instant now) {
        TurnSkillContext context = new TurnSkillContext(turn.conversation().id(), turn.message(),
                nlu.understanding(), turn.locale(), identity.customer(), identity.verified(), draft.slots);
        SkillResult result = SkillDispatcher.invoke(skill, context);
        draft.skill = skill.name();
        draft.outcome = result.outcome();
        draft.slots = withUpdates(draft.slots, result.slotUpdates());
        draft.lowConfidenceStreak = 0;
        draft.pendingSkill = null;
        switch (result.outcome()) {
            case ANSWERED, COMPLETED_ACTION -> draft.reply(result.text(), result.quickReplies());
            case NEEDS_INPUT, NEEDS_CONFIRMATION -> {
                draft.pendingSkill = skill.name();
                draft.reply(result.text(), result.quickReplies());
            }
            case HANDOFF -> handOff(EscalationPolicy.skillAsked(skill.name(), result.handoffReason()), turn, nlu,
                    identity, draft, now);
            case FAILED -> {
                Optional<KnowledgeHit> answer = knowledge.search(turn.message().text(), turn.services()).answer();
                if (answer.isPresent()) {
                    draft.reply(KnowledgeFallback.answerText(answer.get()), KnowledgeFallback.ANSWER_QUICK_REPLIES);
                } else if (handedOffBefore) {
                    reply(draft, ReplyComposer.cannotNow());
                } else {
                    handOff(EscalationPolicy.skillFailed(skill.name(), result.handoffReason()), turn, nlu, identity,
                            draft, now);
                }
            }
        }
    }

    private void answerWithoutSkill(TurnInput turn, Nlu nlu, Identity identity, boolean preferredNameStated,
            boolean handedOffBefore, TurnDraft draft, Instant now) {
        boolean understood = nlu.confident(settings.confidenceThreshold());
        if (preferredNameStated && !understood) {
            draft.lowConfidenceStreak = 0;
            reply(draft, ReplyComposer.niceToMeet(draft.slots.get(Slots.PREFERRED_NAME)));
            return;
        }
        KnowledgeFallback.Result found = knowledge.search(turn.message().text(), turn.services());
        if (found.answer().isPresent()) {
            draft.lowConfidenceStreak = 0;
            draft.reply(KnowledgeFallback.answerText(found.answer().get()), KnowledgeFallback.ANSWER_QUICK_REPLIES);
            return;
        }
        draft.lowConfidenceStreak = understood ? 0 : draft.lowConfidenceStreak + 1;
        Optional<Escalation> escalation = understood || handedOffBefore ? Optional.empty()
                : policy.afterNotUnderstood(draft.lowConfidenceStreak);
        if (escalation.isPresent()) {
            handOff(escalation.get(), turn, nlu, identity, draft, now);
        } else if (understood) {
            reply(draft, ReplyComposer.noSkill(nlu.intent(), found.related()));
        } else {
            reply(draft, ReplyComposer.notUnderstood(nlu, found.related()));
        }
    }

    private void handOff(Escalation escalation, TurnInput turn, Nlu nlu, Identity identity, TurnDraft draft,
            Instant now) {
        HandoffCoordinator.Outcome outcome = coordinator.handOff(escalation, turn, nlu, identity, draft.slots, now);
        draft.handoff = outcome.handoff();
        draft.passedOn = outcome.passedOn();
        draft.slots = outcome.slots();
        draft.pendingSkill = null;
        if (outcome.passedOn()) {
            draft.lowConfidenceStreak = 0;
        }
        draft.reply(outcome.text(), outcome.quickReplies());
    }

    private static void reply(TurnDraft draft, ReplyComposer.Composed composed) {
        draft.reply(composed.text(), composed.quickReplies());
    }

    /** The slots with a skill's updates; an empty value removes a slot. */
    static Map<String, String> withUpdates(Map<String, String> slots, Map<String, String> updates) {
        Map<String, String> updated = new HashMap<>(slots);
        updates.forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                updated.remove(name);
            } else {
                updated.put(name, value);
            }
        });
        return Map.copyOf(updated);
    }
}
