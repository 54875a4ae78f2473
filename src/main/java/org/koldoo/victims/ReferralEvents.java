package org.koldoo.victims;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The life of a referral, as the victims module acts on it: a referral sent opens the case to its
 * receiver without the identity, an accepted one opens the identity while consent lasts, a declined
 * one closes it again. The assistance module, which keeps referrals, publishes them; the victims
 * module declares them because it consumes them (the assistance module depends on victims, not the
 * other way round). Each is recorded in the event publication registry before it is handled, so a
 * crash between the two does not lose it: it is handled again on the next start.
 */
public final class ReferralEvents {

  private ReferralEvents() {}

  /** {@code service} is the assistance module's service type code. */
  public record Sent(
      UUID referralId, UUID caseId, UUID from, UUID to, String service, LocalDate sentOn) {}

  /** {@code by} answered the referral {@code from} sent. */
  public record Accepted(UUID referralId, UUID caseId, UUID by, UUID from, LocalDate on) {}

  /** {@code by} declined the referral {@code from} sent. */
  public record Declined(
      UUID referralId, UUID caseId, UUID by, UUID from, LocalDate on, String reason) {}
}
