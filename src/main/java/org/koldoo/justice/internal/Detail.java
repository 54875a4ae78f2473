package org.koldoo.justice.internal;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What an event records besides its case, type and day; most record nothing more, the others one or
 * two facts.
 */
record Detail(
    UUID defendant,
    UUID from,
    UUID to,
    String reason,
    String outcome,
    Integer months,
    Boolean suspended,
    BigDecimal amount,
    String country) {

  static final Detail NONE = new Detail(null, null, null, null, null, null, null, null, null);

  static Detail country(String country) {
    return new Detail(null, null, null, null, null, null, null, null, country);
  }

  static Detail reclassified(UUID from, UUID to) {
    return new Detail(null, from, to, null, null, null, null, null, null);
  }

  static Detail reason(String reason) {
    return new Detail(null, null, null, reason, null, null, null, null, null);
  }

  static Detail verdict(UUID defendant, String outcome) {
    return new Detail(defendant, null, null, null, outcome, null, null, null, null);
  }

  static Detail sentence(UUID defendant, int months, boolean suspended) {
    return new Detail(defendant, null, null, null, null, months, suspended, null, null);
  }

  static Detail amount(BigDecimal amount) {
    return new Detail(null, null, null, null, null, null, null, amount, null);
  }
}
