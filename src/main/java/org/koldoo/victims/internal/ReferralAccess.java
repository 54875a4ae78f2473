package org.koldoo.victims.internal;

import java.time.Clock;
import java.time.Instant;
import org.koldoo.victims.ReferralEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens and closes a case to the organisations it is referred to, as referrals are sent, accepted
 * and declined. Each handler runs once the referral is committed, in a transaction of its own and
 * before the sender's request returns (so the receiver finds the case at once); the publication
 * registry holds the event until the handler has succeeded, and hands it again after a crash.
 * Handling an event twice changes nothing.
 */
@Component
class ReferralAccess {

  private final AccessGrants grants;
  private final Clock clock;

  ReferralAccess(AccessGrants grants, Clock clock) {
    this.grants = grants;
    this.clock = clock;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ReferralEvents.Sent sent) {
    grants.addGrant(sent.caseId(), sent.to(), sent.referralId(), Instant.now(clock));
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ReferralEvents.Accepted accepted) {
    grants.acceptGrant(accepted.caseId(), accepted.by(), accepted.referralId(), Instant.now(clock));
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ReferralEvents.Declined declined) {
    grants.revokeGrant(declined.caseId(), declined.by(), declined.referralId(), Instant.now(clock));
  }
}
