package org.koldoo.victims;

import java.time.LocalDate;
import java.util.UUID;

/** A case without identity: what every authorised viewer may see. */
public record CaseSummary(
    UUID id,
    String caseNumber,
    String pseudonym,
    UUID organisationId,
    LocalDate registeredOn,
    Sex sex,
    Integer birthYear,
    boolean child,
    IdentificationStatus status,
    String citizenships,
    String region) {}
