package org.koldoo.assistance;

import java.time.LocalDate;
import java.util.UUID;

/** What the assistance module tells the rest of Koldoo. */
public final class Events {

  private Events() {}

  public record ReferralSent(
      UUID referralId, UUID caseId, UUID from, UUID to, ServiceType service, LocalDate sentOn) {}

  public record ReferralAccepted(UUID referralId, UUID caseId, UUID by, LocalDate on) {}

  public record ReferralDeclined(
      UUID referralId, UUID caseId, UUID by, LocalDate on, String reason) {}

  public record ServiceDelivered(
      UUID serviceId, UUID caseId, UUID provider, ServiceType service, LocalDate startedOn) {}
}
