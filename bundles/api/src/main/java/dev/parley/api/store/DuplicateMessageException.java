package dev.parley.api.store;

import dev.parley.api.ParleyException;

/** A message id was stored before in the same channel; nothing was saved. */
public class DuplicateMessageException extends ParleyException {

    private static final long serialVersionUID = 1L;

    /**
     * @param channel the channel
     * @param messageId the message id used twice
     */
    public DuplicateMessageException(String channel, String messageId) {
        super("message " + messageId + " was stored before in channel " + channel);
    }
}
