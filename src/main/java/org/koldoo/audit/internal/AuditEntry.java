package org.koldoo.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.koldoo.privacy.SoughtPerson;

/**
 * One audit entry, as stored, as hashed into the chain and as shown to an auditor; the timestamp is
 * held to the microsecond, as PostgreSQL keeps it.
 */
record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    UUID organisationId,
    String action,
    String objectType,
    String objectId,
    String purpose,
    String details) {

  /** The details as an auditor reads them: without the fingerprints of whom a look-up sought. */
  public String detailsShown() {
    return details == null ? null : details.replaceAll("\\s*sought=\\S*", "").strip();
  }

  /** What a look-up sought (name, birth date, document), as message keys; empty for others. */
  public List<String> soughtFieldKeys() {
    return SoughtPerson.inDetails(details)
        .map(
            s -> {
              List<String> keys = new ArrayList<>();
              if (!s.nameParts().isEmpty()) {
                keys.add("audit.sought.name");
              }
              if (s.birthDate() != null) {
                keys.add("audit.sought.birthDate");
              }
              if (s.document() != null) {
                keys.add("audit.sought.document");
              }
              return keys;
            })
        .orElse(List.of());
  }
}
