package dev.parley.skills.support;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.skill.SkillResult;

/**
 * Runs a skill's turn so that host failures become results: an unreachable host gives
 * {@link SkillResult#failed(String)} (the assistant then tries the knowledge base or a person), a
 * host that does not allow a change through its adapter gives a handoff to staff who can make it
 * in the host itself.
 */
public final class HostCalls {

    private static final Logger LOG = LoggerFactory.getLogger(HostCalls.class);

    private HostCalls() {
    }

    /** The turn's result, or the failure result of a host problem. */
    public static SkillResult guard(String skill, Supplier<SkillResult> turn) {
        try {
            return turn.get();
        } catch (HostUnavailableException e) {
            // the exception's message names the host and what to check; it carries no customer data
            LOG.warn("Skill {} could not reach the host: {}", skill, e.getMessage());
            return SkillResult.failed("host unavailable: " + e.getMessage());
        } catch (UnsupportedOperationException e) {
            LOG.info("Skill {}: the host does not allow this change through its adapter ({})", skill, e.getMessage());
            return SkillResult.handoff(skill + ": the host does not allow this change through Parley; please make it in the host system");
        }
    }
}
