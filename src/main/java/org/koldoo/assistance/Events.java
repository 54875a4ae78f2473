package org.koldoo.assistance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the assistance module tells the rest of Koldoo. The life of a referral is told in the
 * victims module's {@link org.koldoo.victims.ReferralEvents}, which that module acts on.
 */
public final class Events {

  private Events() {}

  public record ServiceDelivered(
      UUID serviceId, UUID caseId, UUID provider, ServiceType service, LocalDate startedOn) {}
}
