package org.koldoo.victims;

import java.util.Optional;
import java.util.UUID;

/** What other modules (assistance, justice, statistics) may ask of and tell the victims module. */
public interface VictimCases {

  /** Of these cases, the ones the current person may see at all (one query for all of them). */
  java.util.Set<UUID> visible(java.util.Collection<UUID> caseIds);

  /** The case as the current person may see it, or empty when they may not see it at all. */
  Optional<CaseSummary> find(UUID caseId);

  /** {@link #find} for many cases at once: those the current person may see, by id. */
  java.util.Map<UUID, CaseSummary> find(java.util.Collection<UUID> caseIds);

  /**
   * Whether the case may be referred now (refused outright to anyone but the registering
   * organisation): an adult's referral needs the victim's referral consent; a child's follows the
   * child procedure (a recorded best-interests determination) instead.
   */
  ReferralPermission referralPermission(UUID caseId);

  /** Whether the current person may take this action on the case (false for an unknown case). */
  boolean may(UUID caseId, CaseAction action);

  /** Whether the current person may see this case's identity (and so service notes). */
  boolean identityVisible(UUID caseId);

  /** Of these cases, the ones whose identity the current person may see (one query for all). */
  java.util.Set<UUID> identitiesVisible(java.util.Collection<UUID> caseIds);

  /**
   * The names and date of birth of a case for a linkage reviewer who may see its identity (never by
   * break-glass); the read is audited with the purpose "linkage review". Empty for anyone else.
   */
  Optional<ReviewIdentity> identityForReview(UUID caseId);

  /**
   * The names and birth date for a printed document, opened with its purpose through the same
   * audited path as a view; empty when the current person may not see them.
   */
  Optional<ReviewIdentity> identityForPrint(UUID caseId, String purpose);

  /**
   * Every case encoded for a linkage run under {@code runKey}: identities are opened here, inside
   * the victims module, and only encodings leave it. Audited as one entry for the run.
   */
  java.util.List<LinkageSubject> encodeForLinkage(byte[] runKey, String runId);

  /**
   * The case a pseudonym names, for linking it to a criminal case; reveals nothing else and grants
   * no access.
   */
  Optional<UUID> caseIdOfPseudonym(String pseudonym);

  /**
   * The case a pseudonym or a case number names (as an organisation's own sheets name them), for
   * bringing in its referrals and services; reveals nothing else and grants no access.
   */
  Optional<UUID> caseIdOfReference(String pseudonymOrNumber);

  /** The answer to "may this case be referred?", with the reason when it may not. */
  record ReferralPermission(boolean allowed, boolean childProcedure, String reasonKey) {}

  /** A case's pseudonym, which names nobody: for notices that must not identify the person. */
  Optional<String> pseudonymOf(UUID caseId);

  /** The pseudonyms of these cases, in one query; a case that does not exist is left out. */
  java.util.Map<UUID, String> pseudonyms(java.util.Collection<UUID> caseIds);

  /** A follow-up due on an open case, for reminders: no note, no name. */
  record DueTask(
      UUID caseId,
      UUID taskId,
      String pseudonym,
      UUID organisationId,
      String assignee,
      TaskKind kind,
      java.time.LocalDate dueOn) {}

  /** The open follow-ups of open cases due on this day. */
  java.util.List<DueTask> tasksDue(java.time.LocalDate day);
}
