package org.koldoo.victims.internal;

import java.util.Optional;
import org.koldoo.platform.web.InvalidInput;

/**
 * Why a case refuses a step, as a value: the field at fault and the message key. The caller decides
 * what to do with it; the services report it as invalid input.
 */
record Refusal(String field, String messageKey) {

  static Optional<Refusal> of(String field, String messageKey) {
    return Optional.of(new Refusal(field, messageKey));
  }

  /** Throws the refusal, if there is one, as invalid input naming its field. */
  static void report(Optional<Refusal> refusal) {
    refusal.ifPresent(
        r -> {
          throw new InvalidInput(r.field(), r.messageKey());
        });
  }
}
