package org.koldoo.audit.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of the auditor's search; every one is optional.
 *
 * @param actor username, exact and case-insensitive
 * @param organisation organisation id
 * @param objectType kind of object
 * @param objectId object id
 * @param from first day, inclusive (in {@code koldoo.time-zone})
 * @param to last day, inclusive (in {@code koldoo.time-zone})
 */
record AuditSearch(
    String actor,
    UUID organisation,
    String objectType,
    String objectId,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

  static AuditSearch none() {
    return new AuditSearch(null, null, null, null, null, null);
  }
}
