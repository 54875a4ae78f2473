package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a case's history, oldest first on the case page: what, when, for which body and who
 * recorded it (null for what nobody records, a consent lapsing).
 */
record TimelineEntry(
    LocalDate on,
    String kind,
    String labelKey,
    String detail,
    UUID organisationId,
    String recordedBy) {}
