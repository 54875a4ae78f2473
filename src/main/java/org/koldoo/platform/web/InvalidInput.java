package org.koldoo.platform.web;

/**
 * Input that passes the form's own checks but breaks a rule of the domain (a date of birth after
 * the registration, a referral to oneself). A field error on forms, a 400 problem on the API;
 * nothing is written.
 */
public class InvalidInput extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final Object[] arguments;

  public InvalidInput(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

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
