package org.koldoo.platform.web;

/**
 * What this server lacks to answer a request that a server configured as its peers would answer: a
 * privacy key another instance seals with, say. Nothing of the request is done; the API answers 503
 * and pages show the error page, each saying what is missing in the reader's language, and the log
 * says it for the administrator. An {@link IllegalStateException}, so that what caught the bare one
 * before (operator commands, checks) still does.
 */
public class NotConfigured extends IllegalStateException {

  private final String messageKey;
  private final transient Object[] arguments;

  /**
   * @param detail what is missing, for the log
   * @param messageKey what the reader is told
   */
  public NotConfigured(String detail, String messageKey, Object... arguments) {
    super(detail);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
