package org.koldoo.assistance.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.assistance.ReferralStatus;
import org.koldoo.assistance.ServiceOutcome;
import org.koldoo.assistance.ServiceType;

final class AssistanceViews {

  private AssistanceViews() {}

  record ReferralRow(
      UUID id,
      UUID caseId,
      String casePseudonym,
      UUID fromOrganisation,
      String fromCode,
      UUID toOrganisation,
      String toCode,
      ServiceType serviceType,
      LocalDate sentOn,
      ReferralStatus status,
      LocalDate respondedOn,
      String declineReason,
      boolean childProcedure,
      int version) {

    ReferralRow named(String pseudonym) {
      return new ReferralRow(
          id,
          caseId,
          pseudonym,
          fromOrganisation,
          fromCode,
          toOrganisation,
          toCode,
          serviceType,
          sentOn,
          status,
          respondedOn,
          declineReason,
          childProcedure,
          version);
    }
  }

  /** A service; notes only when the viewer may read them, else null. */
  record ServiceRow(
      UUID id,
      UUID caseId,
      UUID referralId,
      UUID providerId,
      String providerCode,
      ServiceType serviceType,
      LocalDate startedOn,
      LocalDate endedOn,
      ServiceOutcome outcome,
      String notes,
      boolean notesWithheld) {}
}
