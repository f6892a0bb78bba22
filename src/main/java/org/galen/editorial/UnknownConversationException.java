package org.galen.editorial;

/** A follow-up named a conversation that does not exist (never did, or was purged). */
public final class UnknownConversationException extends IllegalArgumentException {
  public UnknownConversationException(String conversationId) {
    // Read on the web and in the CLI alike: no command-line option in it.
    super("no conversation '" + conversationId + "': it never existed or was purged; ask a new question to start one");
  }
}
