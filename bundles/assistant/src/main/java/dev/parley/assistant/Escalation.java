package dev.parley.assistant;

import dev.parley.api.handoff.HandoffTrigger;

/**
 * A reason found in this turn to hand the conversation to a person.
 *
 * @param trigger the trigger
 * @param reason a sentence for the staff who take over; no customer text
 */
record Escalation(HandoffTrigger trigger, String reason) {
}
