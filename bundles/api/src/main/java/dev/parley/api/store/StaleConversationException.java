package dev.parley.api.store;

import dev.parley.api.ParleyException;

/**
 * A conversation changed between reading and saving it, e.g. two messages of the same
 * conversation were handled at once by two containers. Nothing was saved; the caller reads the
 * conversation again and handles the message anew.
 */
public class StaleConversationException extends ParleyException {

    private static final long serialVersionUID = 1L;

    /**
     * @param conversationId the conversation that changed
     * @param expectedVersion the version the caller based its change on
     */
    public StaleConversationException(String conversationId, long expectedVersion) {
        super("conversation " + conversationId + " changed since version " + expectedVersion
                + "; read it again and retry");
    }
}
