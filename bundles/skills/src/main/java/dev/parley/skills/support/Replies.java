package dev.parley.skills.support;

import java.util.List;
import java.util.Map;

import dev.parley.api.skill.SkillOutcome;
import dev.parley.api.skill.SkillResult;

/** Results the API's factories do not build: a completed action with quick replies. */
public final class Replies {

    /** The quick reply that asks for a person; the assistant hands off on it. */
    public static final String TALK_TO_PERSON = "Talk to a person";

    private Replies() {
    }

    /** A {@link SkillOutcome#COMPLETED_ACTION} result with follow-up choices and slot changes. */
    public static SkillResult completed(String text, Map<String, String> slotUpdates, String... quickReplies) {
        return new SkillResult(text, List.of(quickReplies), slotUpdates, SkillOutcome.COMPLETED_ACTION, null);
    }
}
