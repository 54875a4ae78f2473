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

  /** A case was given to a person of its organisation. */
  public record CaseAssigned(UUID caseId, UUID organisationId, String assignee, String by) {}

  /** A follow-up was given to a person of the case's organisation. */
  public record TaskAssigned(
      UUID caseId, UUID taskId, UUID organisationId, String assignee, LocalDate dueOn, String by) {}

  /**
   * A closed case's identity, photo, notes and attachments were erased under the retention period;
   * what other modules keep of the person (service notes) goes too. Its statistics stay.
   */
  public record IdentityErased(UUID caseId, UUID organisationId) {}
}
