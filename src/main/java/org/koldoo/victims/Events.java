package org.koldoo.victims;

import java.time.LocalDate;
import java.util.UUID;

/** What the victims module tells the rest of Koldoo, as past-tense facts. */
public final class Events {

  private Events() {}

  public record VictimRegistered(UUID caseId, UUID organisationId, LocalDate registeredOn) {}

  public record VictimScreened(
      UUID caseId, UUID organisationId, LocalDate screenedOn, boolean proposesPresumedVictim) {}

  public record VictimIdentified(
      UUID caseId, IdentificationStatus status, UUID decidingOrganisationId, LocalDate decidedOn) {}

  public record ConsentChanged(
      UUID caseId, ConsentPurpose purpose, UUID organisationId, boolean given) {}
}
