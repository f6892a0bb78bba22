package org.galen.editorial;

/** A follow-up named a conversation that does not exist (never did, or was purged). */
public final class UnknownConversationException extends IllegalArgumentException {
  public UnknownConversationException(String conversationId) {
    super("no conversation '" + conversationId + "': it never existed or was purged; ask without --conversation "
        + "to start a new one");
  }
}
