package org.koldoo.audit.internal;

import java.time.Instant;
import java.util.UUID;

/** One audit entry as shown to an auditor. */
record AuditEntryView(
    long id,
    Instant occurredAt,
    String actor,
    UUID organisationId,
    String action,
    String objectType,
    String objectId,
    String purpose,
    String details) {}
