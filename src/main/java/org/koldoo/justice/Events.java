package org.koldoo.justice;

import java.time.LocalDate;
import java.util.UUID;

/** What the justice module tells the rest of Koldoo (statistics above all). */
public final class Events {

  private Events() {}

  public record CaseRegistered(
      UUID caseId, UUID organisationId, String article, CaseOrigin origin, LocalDate on) {}

  public record CaseReclassified(
      UUID caseId, String fromArticle, String toArticle, boolean downgrade, LocalDate on) {}

  public record CaseClosed(UUID caseId, CloseReason reason, LocalDate on) {}

  /** A closed investigation was reopened (the closing decision was set aside). */
  public record CaseReopened(UUID caseId, LocalDate on) {}

  public record CaseSentToCourt(UUID caseId, LocalDate on) {}

  public record DefendantConvicted(
      UUID caseId, UUID defendantId, boolean publicOfficial, LocalDate on) {}

  public record SentenceImposed(
      UUID caseId, UUID defendantId, Integer months, boolean suspended, LocalDate on) {}

  /** A follow-up on a criminal case was given to a person of a body handling it. */
  public record FollowUpAssigned(
      UUID caseId,
      String registrationNumber,
      UUID followUpId,
      UUID organisationId,
      String assignee,
      LocalDate dueOn,
      String by) {}
}
