package org.koldoo.platform.web;

/**
 * Something asked for does not exist (or may not be known to the asker). Shown as a 404 page or
 * problem detail; the message key is resolved in the reader's language.
 */
public class NotFoundException extends MessageException {

  protected NotFoundException(String messageKey, Object... arguments) {
    super(null, messageKey, arguments);
  }
}
