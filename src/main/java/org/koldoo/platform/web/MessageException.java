package org.koldoo.platform.web;

/**
 * A refusal told to the user in their language: a message key with its arguments, and the form
 * field it concerns (null when it concerns the whole request). What kind of refusal it is, and so
 * which status it becomes, is the subclass.
 */
public abstract class MessageException extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final Object[] arguments;

  protected MessageException(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  /** The form field the refusal concerns, or null when it concerns the whole request. */
  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
