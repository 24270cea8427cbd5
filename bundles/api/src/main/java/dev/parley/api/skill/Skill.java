package dev.parley.api.skill;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Something the assistant can do for the customer, chosen by intent. Register an implementation
 * as a service of this interface (whiteboard pattern) with these service properties:
 *
 * <ul>
 *   <li>{@value #PROPERTY_INTENTS} (String+, required): the intents the skill handles, e.g.
 *       {@code order_status}; a skill without it is never called.
 *   <li>{@value #PROPERTY_NAME} (String, optional): the skill's name for the shell and the web
 *       console; when set it equals {@link #name()}.
 *   <li>{@code service.ranking} (Integer, optional): when several skills claim an intent, the one
 *       with the highest ranking handles it; the others are not called.
 * </ul>
 *
 * <p>A skill reaches host systems ({@link dev.parley.api.host.OrderService} and the like) through
 * its own service references, not through the {@link SkillContext}, so its bundle declares what it
 * needs and is only active while that is available.
 *
 * <p>Implementations are thread-safe: Parley calls them for many conversations at once. They keep
 * no conversation state in fields (any node may handle the next message); what must survive the
 * turn goes into {@link SkillResult#slotUpdates()}. A customer waits for the answer, so a skill
 * returns within a few seconds. A skill that throws is logged and skipped: the turn continues as
 * if it had returned {@link SkillResult#failed(String)}.
 */
@ConsumerType
public interface Skill {

    /** Service property: the intents the skill handles (String or String[]). */
    String PROPERTY_INTENTS = "parley.skill.intents";

    /** Service property: the skill's name (String), equal to {@link #name()}. */
    String PROPERTY_NAME = "parley.skill.name";

    /**
     * The skill's name, recorded with every reply it gives, e.g. {@code "order-status"}.
     *
     * @return a short, stable name; not {@code null}
     */
    String name();

    /**
     * Handles one turn of a conversation whose intent this skill claims, or a turn that answers a
     * question this skill asked in the previous turn ({@link SkillOutcome#NEEDS_INPUT},
     * {@link SkillOutcome#NEEDS_CONFIRMATION}).
     *
     * @param context the message, what NLP found in it, the customer and the conversation's slots;
     *     valid only during this call
     * @return what to answer; not {@code null}
     */
    SkillResult handle(SkillContext context);
}
