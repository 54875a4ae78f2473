package org.koldoo.platform.web;

/**
 * A request that clashes with what is recorded (a taken username, a stale edit). Becomes a field
 * error on forms and a 409 problem detail on the API.
 *
 * @see NotFoundException
 */
public class ConflictException extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final Object[] arguments;

  protected ConflictException(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  /** The form field the conflict concerns, or null when it concerns the whole record. */
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
