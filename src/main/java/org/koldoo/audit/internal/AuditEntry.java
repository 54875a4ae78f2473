package org.koldoo.audit.internal;

import java.time.Instant;
import java.util.UUID;

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
    String details) {}
