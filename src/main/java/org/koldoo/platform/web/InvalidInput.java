package org.koldoo.platform.web;

/**
 * Input that passes the form's own checks but breaks a rule of the domain (a date of birth after
 * the registration, a referral to oneself). A field error on forms, a 400 problem on the API;
 * nothing is written.
 */
public class InvalidInput extends MessageException {

  public InvalidInput(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
