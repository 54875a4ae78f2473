package org.koldoo.platform.web;

/**
 * A request that clashes with what is recorded (a taken username, a stale edit). Becomes a field
 * error on forms and a 409 problem detail on the API.
 *
 * @see NotFoundException
 */
public class ConflictException extends MessageException {

  protected ConflictException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
