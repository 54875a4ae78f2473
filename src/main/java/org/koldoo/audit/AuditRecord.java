package org.koldoo.audit;

import java.util.Objects;

/**
 * What happened, to which object and why.
 *
 * @param action upper-case verb phrase, e.g. {@code USER_CREATED}, {@code LOGIN_FAILED}
 * @param objectType kind of object, e.g. {@code user}, {@code organisation}; may be null
 * @param objectId the object's id; may be null
 * @param purpose why identifying data was read, where that applies
 * @param details short, non-identifying description of the change
 */
public record AuditRecord(
    String action, String objectType, String objectId, String purpose, String details) {

  public AuditRecord {
    Objects.requireNonNull(action, "action");
  }

  public static AuditRecord of(String action, String objectType, Object objectId) {
    return new AuditRecord(
        action, objectType, objectId == null ? null : objectId.toString(), null, null);
  }

  public AuditRecord withDetails(String text) {
    return new AuditRecord(action, objectType, objectId, purpose, text);
  }

  public AuditRecord withPurpose(String text) {
    return new AuditRecord(action, objectType, objectId, text, details);
  }
}
